import { RequestCommand } from '../../http/request-command';

/** The passwords as sent, and the session that stays signed in: the handler checks and hashes them. */
export type ChangePasswordData = { currentPassword: string; newPassword: string; sessionId?: string };
export type ChangePasswordResult = { sessionsEnded: number; position: bigint };

export class ChangePasswordCommand extends RequestCommand<ChangePasswordData, ChangePasswordResult> {}
