import { RequestCommand } from '../../http/request-command';

/** The address as sent: the handler finds its account (if any) and issues the token. */
export type RequestPasswordResetData = { email: string };
/** The mailed token and the new password as sent: the handler checks and hashes them. */
export type ResetPasswordData = { token: string; password: string };
export type ResetPasswordResult = { sessionsEnded: number; position: bigint };

export class RequestPasswordResetCommand extends RequestCommand<RequestPasswordResetData, void> {}
export class ResetPasswordCommand extends RequestCommand<ResetPasswordData, ResetPasswordResult> {}
