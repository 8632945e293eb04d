import { type Decider, DomainError, assertNever } from '../kernel';
import type { SessionCommand } from './accounts.commands';
import type { SessionEvent } from './accounts.events';

/**
 * One login = one session stream = one family of rotating refresh tokens. Presenting the current
 * token rotates it; presenting one that was already rotated away means it was stolen or replayed:
 * the reuse is recorded and the whole family ends.
 */
export type SessionState =
  | { status: 'none' }
  | {
      status: 'active' | 'ended';
      sessionId: string;
      userId: string;
      currentHash: string;
      usedHashes: string[];
      absoluteExpiresAt: number;
      idleExpiresAt: number;
    };

const at = (now: Date, seconds: number) => new Date(now.getTime() + seconds * 1000).toISOString();

export const sessionDecider: Decider<SessionState, SessionCommand, SessionEvent> = {
  initialState: () => ({ status: 'none' }),
  evolve(state, event) {
    switch (event.type) {
      case 'SessionStarted': {
        const { sessionId, userId, refreshHash, absoluteExpiresAt, idleExpiresAt } = event.data;
        return {
          status: 'active',
          sessionId,
          userId,
          currentHash: refreshHash,
          usedHashes: [],
          absoluteExpiresAt: Date.parse(absoluteExpiresAt),
          idleExpiresAt: Date.parse(idleExpiresAt),
        };
      }
      case 'RefreshRotated':
        if (state.status === 'none') return state;
        return {
          ...state,
          currentHash: event.data.toHash,
          usedHashes: [...state.usedHashes, event.data.fromHash],
          idleExpiresAt: Date.parse(event.data.idleExpiresAt),
        };
      case 'RefreshReuseDetected':
        return state;
      case 'SessionEnded':
        return state.status === 'none' ? state : { ...state, status: 'ended' };
      default:
        return assertNever(event);
    }
  },
  decide(command, state) {
    const { now, actor } = command.metadata;
    switch (command.type) {
      case 'StartSession': {
        if (state.status !== 'none') throw DomainError.conflict('accounts.session-exists', 'Session already started');
        const { sessionId, userId, refreshHash, ip, device, absoluteTtlSeconds, idleTtlSeconds } = command.data;
        return [
          {
            type: 'SessionStarted',
            data: {
              sessionId,
              userId,
              refreshHash,
              ip,
              device,
              absoluteExpiresAt: at(now, absoluteTtlSeconds),
              idleExpiresAt: at(now, idleTtlSeconds),
            },
          },
        ];
      }
      case 'RotateRefresh': {
        const { sessionId, presentedHash, newHash, idleTtlSeconds } = command.data;
        if (state.status === 'none')
          throw DomainError.unauthenticated('accounts.refresh-invalid', 'The session is unknown');
        if (state.usedHashes.includes(presentedHash)) {
          const reuse: SessionEvent = {
            type: 'RefreshReuseDetected',
            data: { sessionId, userId: state.userId, reusedHash: presentedHash },
          };
          if (state.status === 'ended') return [reuse];
          return [reuse, ended(state.sessionId, state.userId, 'reuse', 'system:refresh')];
        }
        if (state.status === 'ended' || presentedHash !== state.currentHash) {
          throw DomainError.unauthenticated('accounts.refresh-invalid', 'The session has ended; sign in again');
        }
        if (now.getTime() >= state.absoluteExpiresAt || now.getTime() >= state.idleExpiresAt) {
          return [ended(sessionId, state.userId, 'expired', 'system:refresh')];
        }
        const idle = Math.min(now.getTime() + idleTtlSeconds * 1000, state.absoluteExpiresAt);
        return [
          {
            type: 'RefreshRotated',
            data: { sessionId, fromHash: presentedHash, toHash: newHash, idleExpiresAt: new Date(idle).toISOString() },
          },
        ];
      }
      case 'EndSession':
        if (state.status !== 'active') return [];
        if (actor.userId !== state.userId && !actor.roles.includes('admin') && !actor.userId.startsWith('system:')) {
          throw DomainError.notFound('accounts.session-not-found', 'No such session of yours');
        }
        return [ended(state.sessionId, state.userId, command.data.reason, actor.userId)];
      default:
        return assertNever(command);
    }
  },
};

function ended(
  sessionId: string,
  userId: string,
  reason: Extract<SessionEvent, { type: 'SessionEnded' }>['data']['reason'],
  by: string,
): SessionEvent {
  return { type: 'SessionEnded', data: { sessionId, userId, reason, by } };
}
