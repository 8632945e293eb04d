export * from './scanner';
export * from './ticket-keys';
export * from './ticket-code';
export * from './qr';
export * from './ticket-view';
export { renderTicketsPdf, type TicketPdfOptions } from './pdf/ticket-pdf';
export { TicketPdfRenderer, type TicketPdfRendererOptions } from './pdf/ticket-pdf-renderer';
export * from './calendar/ics';
export * from './printed-tickets';
