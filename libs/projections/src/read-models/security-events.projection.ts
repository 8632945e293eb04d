import { type DomainEvent, accountsContext } from '@booking/domain';
import { defineProjection, type Projected, type Recorded } from '../projection';

/** Answers "what happened to this account's security" for admins: one document per event. */
export type SecurityEventDoc = Projected & {
  userId: string;
  type: string;
  at: string;
  actor: string;
  ip?: string;
  detail: string;
};

type AccountSecurityEvent = Recorded<DomainEvent<string, { userId: string; ip?: string }>>;

/** The event's entry, written once (an event is never replayed onto a different entry). */
const entry = (doc: SecurityEventDoc | null, event: AccountSecurityEvent, detail = '') =>
  doc ?? {
    _id: event.id,
    userId: event.data.userId,
    type: event.type,
    at: event.metadata.occurredAt,
    actor: event.metadata.actor,
    ...(typeof event.data.ip === 'string' ? { ip: event.data.ip } : {}),
    detail,
  };

export const securityEventsProjection = defineProjection<SecurityEventDoc>()({
  name: 'security-events',
  version: 1,
  reads: [accountsContext],
  ignores: ['EmailVerificationIssued', 'EmailClaimed', 'SessionStarted', 'RefreshRotated'],
  keyOf: (event) => event.id,
  indexes: [{ keys: { userId: 1, at: -1 } }],
  on: {
    AccountRegistered: (doc, event) => entry(doc, event),
    EmailVerified: (doc, event) => entry(doc, event),
    PasswordResetIssued: (doc, event) => entry(doc, event),
    PasswordChanged: (doc, event) => entry(doc, event, event.data.reason),
    RoleGranted: (doc, event) => entry(doc, event, `${event.data.role} by ${event.data.by}`),
    RoleRevoked: (doc, event) => entry(doc, event, `${event.data.role} by ${event.data.by}`),
    AccountDisabled: (doc, event) => entry(doc, event, `${event.data.reason} (by ${event.data.by})`),
    AccountEnabled: (doc, event) => entry(doc, event),
    LoginSucceeded: (doc, event) => entry(doc, event, `session ${event.data.sessionId} on ${event.data.device}`),
    LoginFailed: (doc, event) => entry(doc, event, event.data.reason),
    AccountLocked: (doc, event) => entry(doc, event, `until ${event.data.until} after ${event.data.failures} failures`),
    SessionEnded: (doc, event) => entry(doc, event, `session ${event.data.sessionId}: ${event.data.reason}`),
    RefreshReuseDetected: (doc, event) =>
      entry(doc, event, `a consumed refresh token of session ${event.data.sessionId} was presented again`),
    ExternalIdentityLinked: (doc, event) => entry(doc, event),
  },
});
