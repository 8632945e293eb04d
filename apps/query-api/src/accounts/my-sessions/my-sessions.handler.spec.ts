import type { SessionDoc } from '@booking/projections';
import { clockAt, readModelsWith } from '../../testing/read-models.fixture';
import { MySessionsHandler } from './my-sessions.handler';
import { MySessionsQuery } from './my-sessions.query';

const session = (id: string, changes: Partial<SessionDoc> = {}): SessionDoc => ({
  _id: id,
  _position: 1,
  userId: 'u1',
  device: 'Firefox on Linux',
  ip: '192.0.2.1',
  createdAt: '2026-12-01T10:00:00.000Z',
  lastUsedAt: '2026-12-01T10:00:00.000Z',
  absoluteExpiresAt: '2026-12-30T00:00:00.000Z',
  idleExpiresAt: '2026-12-10T00:00:00.000Z',
  status: 'active',
  ...changes,
});

describe('MySessionsHandler', () => {
  it("answers the caller's live sessions, most recently used first, marking the current one", async () => {
    const readModels = await readModelsWith({
      sessions: [
        session('s1'),
        session('s2', { lastUsedAt: '2026-12-02T10:00:00.000Z' }),
        session('ended', { status: 'ended' }),
        session('idle', { idleExpiresAt: '2026-12-04T00:00:00.000Z' }),
        session('old', { absoluteExpiresAt: '2026-12-04T00:00:00.000Z' }),
        session('other', { userId: 'u2' }),
      ],
    });
    const handler = new MySessionsHandler(readModels, clockAt('2026-12-05T00:00:00.000Z'));
    const viewer = { userId: 'u1', roles: [], sessionId: 's1' } as never;

    const { items } = await handler.execute(new MySessionsQuery({ viewer }));

    expect(items.map(({ id, current }) => ({ id, current }))).toEqual([
      { id: 's2', current: false },
      { id: 's1', current: true },
    ]);
    expect(items[1]).toEqual({
      id: 's1',
      device: 'Firefox on Linux',
      ip: '192.0.2.1',
      createdAt: '2026-12-01T10:00:00.000Z',
      lastUsedAt: '2026-12-01T10:00:00.000Z',
      current: true,
    });
  });
});
