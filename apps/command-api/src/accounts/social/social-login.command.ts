import type { RecordLogin } from '@booking/domain';
import type { ExternalIdentity } from '@booking/identity';
import { RequestCommand } from '../../http/request-command';
import type { StartedSession } from '../shared/session-issuer';

/** The identity the provider vouched for (the controller completed its flow), and where the sign-in comes from. */
export type SocialLoginData = Pick<RecordLogin['data'], 'ip' | 'device'> & {
  identity: ExternalIdentity;
  providerName: string;
};

export class SocialLoginCommand extends RequestCommand<SocialLoginData, StartedSession> {}
