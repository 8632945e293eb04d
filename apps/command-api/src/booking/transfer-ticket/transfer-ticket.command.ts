import { RequestCommand } from '../../http/request-command';

export type TransferTicketData = Readonly<{ bookingId: string; ticketId: string; name: string; email: string }>;
export type TicketChangeResult = {
  bookingId: string;
  ticketId: string;
  /** The ticket's new code counter: every code below it no longer admits. */
  reissue: number;
  /** Whom the ticket now belongs to (a transfer); absent for a reissue to the same holder. */
  holderName?: string;
  position: bigint;
};

export class TransferTicketCommand extends RequestCommand<TransferTicketData, TicketChangeResult> {}
