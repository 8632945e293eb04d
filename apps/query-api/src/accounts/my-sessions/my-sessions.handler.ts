import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@booking/platform';
import type { SessionDoc } from '@booking/projections';
import { ReadModels } from '../../http/read-models';
import { MySessionsQuery } from './my-sessions.query';

/** The caller's active sessions, most recently used first. */
@QueryHandler(MySessionsQuery)
export class MySessionsHandler implements IQueryHandler<MySessionsQuery> {
  constructor(
    private readonly readModels: ReadModels,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ args: { viewer } }: MySessionsQuery) {
    const now = this.clock.now().toISOString();
    const sessions = await (
      await this.readModels.collection<SessionDoc>('sessions')
    ).find(
      { userId: viewer.userId, status: 'active', idleExpiresAt: { $gt: now }, absoluteExpiresAt: { $gt: now } },
      { sort: { lastUsedAt: -1 }, limit: 100 },
    );
    return {
      items: sessions.map((s) => ({
        id: s._id,
        device: s.device,
        ip: s.ip,
        createdAt: s.createdAt,
        lastUsedAt: s.lastUsedAt,
        current: s._id === viewer.sessionId,
      })),
    };
  }
}
