import { defineProjection, type Projected } from '../projection';

/** Answers "what happened to this account's security" for admins: one document per event. */
export type SecurityEventDoc = Projected & {
  userId: string;
  type: string;
  at: string;
  actor: string;
  ip?: string;
  detail: string;
};

const SECURITY_EVENTS = [
  'AccountRegistered',
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
  'SessionEnded',
  'RefreshReuseDetected',
  'ExternalIdentityLinked',
] as const;

function detail(type: string, data: Record<string, unknown>): string {
  switch (type) {
    case 'RoleGranted':
    case 'RoleRevoked':
      return `${String(data.role)} by ${String(data.by)}`;
    case 'LoginFailed':
      return String(data.reason);
    case 'AccountLocked':
      return `until ${String(data.until)} after ${String(data.failures)} failures`;
    case 'AccountDisabled':
      return `${String(data.reason)} (by ${String(data.by)})`;
    case 'SessionEnded':
      return `session ${String(data.sessionId)}: ${String(data.reason)}`;
    case 'RefreshReuseDetected':
      return `a consumed refresh token of session ${String(data.sessionId)} was presented again`;
    case 'PasswordChanged':
      return String(data.reason);
    case 'LoginSucceeded':
      return `session ${String(data.sessionId)} on ${String(data.device)}`;
    default:
      return '';
  }
}

export const securityEventsProjection = defineProjection<SecurityEventDoc>({
  name: 'security-events',
  version: 1,
  eventTypes: SECURITY_EVENTS,
  keyOf: (event) => event.id,
  indexes: [{ keys: { userId: 1, at: -1 } }],
  evolve(doc, event) {
    if (doc) return doc;
    const data = event.data as Record<string, unknown>;
    return {
      _id: event.id,
      userId: String(data.userId),
      type: event.type,
      at: event.metadata.occurredAt,
      actor: event.metadata.actor,
      ...(typeof data.ip === 'string' ? { ip: data.ip } : {}),
      detail: detail(event.type, data),
    };
  },
});
