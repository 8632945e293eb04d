import { RequestCommand } from '../../http/request-command';

export type ResendTicketsData = Readonly<{ bookingId: string }>;
export type ResendTicketsResult = {
  bookingId: string;
  /** False when a resend within the last minute already mailed them (nothing new is sent). */
  queued: boolean;
  /** From when another resend mails again. */
  nextResendAt: string;
  position: bigint;
};

export class ResendTicketsCommand extends RequestCommand<ResendTicketsData, ResendTicketsResult> {}
