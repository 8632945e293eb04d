import type { CommandInput } from '@booking/command-pipeline';
import type { DisableAccount, EnableAccount, GrantRole, RevokeRole } from '@booking/domain';
import { RequestCommand } from '../../http/request-command';

/** A change to a user's roles or standing: the domain command itself (type and data). */
export type AccountChange = CommandInput<GrantRole | RevokeRole | EnableAccount>;
export type ManageUserResult = { changed: boolean; position: bigint };
export type DisableAccountResult = ManageUserResult & { sessionsEnded: number };
export type EndUserSessionsResult = { revoked: number; position: bigint };

export class ChangeAccountCommand extends RequestCommand<AccountChange, ManageUserResult> {}
/** Disables the account and ends every session of it. */
export class DisableAccountCommand extends RequestCommand<DisableAccount['data'], DisableAccountResult> {}
export class EndUserSessionsCommand extends RequestCommand<{ userId: string }, EndUserSessionsResult> {}
