import { type SessionEnded, accountsContext } from '@booking/domain';
import { changed, defineProjection, type Projected } from '../projection';

/** Answers "where am I signed in" (device, IP, last use). Holds no token hashes. */
export type SessionDoc = Projected & {
  userId: string;
  device: string;
  ip: string;
  createdAt: string;
  lastUsedAt: string;
  absoluteExpiresAt: string;
  idleExpiresAt: string;
  status: 'active' | 'ended';
  endedReason?: SessionEnded['data']['reason'];
};

export const sessionsProjection = defineProjection<SessionDoc>()({
  name: 'sessions',
  version: 1,
  reads: [accountsContext],
  ignores: [
    'AccountRegistered',
    'EmailVerificationIssued',
    'EmailVerified',
    'PasswordResetIssued',
    'PasswordChanged',
    'RoleGranted',
    'RoleRevoked',
    'AccountDisabled',
    'AccountEnabled',
    'LoginSucceeded',
    'LoginFailed',
    'AccountLocked',
    'ExternalIdentityLinked',
    'EmailClaimed',
    'RefreshReuseDetected',
  ],
  keyOf: (event) => event.data.sessionId,
  indexes: [{ keys: { userId: 1, status: 1 } }],
  on: {
    SessionStarted: (_doc, { data, metadata }) => {
      const { sessionId, userId, device, ip, absoluteExpiresAt, idleExpiresAt } = data;
      const at = metadata.occurredAt;
      return {
        _id: sessionId,
        userId,
        device,
        ip,
        createdAt: at,
        lastUsedAt: at,
        absoluteExpiresAt,
        idleExpiresAt,
        status: 'active',
      };
    },
    RefreshRotated: (doc, { data, metadata }) =>
      changed(doc, (rest) => ({ ...rest, lastUsedAt: metadata.occurredAt, idleExpiresAt: data.idleExpiresAt })),
    SessionEnded: (doc, { data }) => changed(doc, (rest) => ({ ...rest, status: 'ended', endedReason: data.reason })),
  },
});
