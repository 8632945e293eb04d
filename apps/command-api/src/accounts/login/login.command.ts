import type { RecordLogin } from '@booking/domain';
import { RequestCommand } from '../../http/request-command';
import type { StartedSession } from '../shared/session-issuer';

/** The credentials as sent and where they come from: the handler checks them and records the attempt. */
export type LoginData = Pick<RecordLogin['data'], 'ip' | 'device'> & { email: string; password: string };

export class LoginCommand extends RequestCommand<LoginData, StartedSession> {}
