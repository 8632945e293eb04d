import type { RefreshRotated, SessionEnded, SessionStarted } from '@booking/domain';
import { defineProjection, type Projected } from '../projection';

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

export const sessionsProjection = defineProjection<SessionDoc>({
  name: 'sessions',
  version: 1,
  eventTypes: ['SessionStarted', 'RefreshRotated', 'SessionEnded'],
  keyOf: (event) => (event.data as { sessionId?: string }).sessionId,
  indexes: [{ keys: { userId: 1, status: 1 } }],
  evolve(doc, event) {
    if (event.type === 'SessionStarted') {
      const { sessionId, userId, device, ip, absoluteExpiresAt, idleExpiresAt } = event.data as SessionStarted['data'];
      const at = event.metadata.occurredAt;
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
    }
    if (!doc) return null;
    const { _position, ...rest } = doc;
    if (event.type === 'RefreshRotated') {
      return {
        ...rest,
        lastUsedAt: event.metadata.occurredAt,
        idleExpiresAt: (event.data as RefreshRotated['data']).idleExpiresAt,
      };
    }
    if (event.type === 'SessionEnded')
      return { ...rest, status: 'ended', endedReason: (event.data as SessionEnded['data']).reason };
    return doc;
  },
});
