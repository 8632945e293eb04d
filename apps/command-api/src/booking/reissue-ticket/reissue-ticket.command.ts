import { RequestCommand } from '../../http/request-command';
import type { TicketChangeResult } from '../transfer-ticket/transfer-ticket.command';

export type ReissueTicketData = Readonly<{ bookingId: string; ticketId: string; reason?: string }>;

export class ReissueTicketCommand extends RequestCommand<ReissueTicketData, TicketChangeResult> {}
