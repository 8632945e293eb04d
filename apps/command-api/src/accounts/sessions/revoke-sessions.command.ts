import type { EndSession } from '@booking/domain';
import { RequestCommand } from '../../http/request-command';

export type RevokeSessionsResult = { revoked: number; position: bigint };

/** One session of the signed-in user ends (a session of someone else is refused by the decider). */
export class RevokeSessionCommand extends RequestCommand<Pick<EndSession['data'], 'sessionId'>, RevokeSessionsResult> {}
/** Every session of the signed-in user but the one sending this. */
export class RevokeOtherSessionsCommand extends RequestCommand<{ exceptSessionId?: string }, RevokeSessionsResult> {}
