import { RequestCommand } from '../../http/request-command';

/** The mailed token as sent: the handler parses it into VerifyEmail's data. */
export type VerifyEmailData = { token: string };
export type VerifyEmailResult = { position: bigint };
/** The address as sent: the handler finds its unverified account (if any) and mails a new link. */
export type ResendVerificationData = { email: string };

export class VerifyEmailCommand extends RequestCommand<VerifyEmailData, VerifyEmailResult> {}
export class ResendVerificationCommand extends RequestCommand<ResendVerificationData, void> {}
