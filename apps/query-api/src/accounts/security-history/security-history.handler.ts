import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { SecurityEventDoc } from '@booking/projections';
import { ReadModels } from '../../http/read-models';
import { SecurityHistoryQuery } from './security-history.query';

/** The latest 200 security events of one account, newest first. */
@QueryHandler(SecurityHistoryQuery)
export class SecurityHistoryHandler implements IQueryHandler<SecurityHistoryQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ args: { userId } }: SecurityHistoryQuery) {
    const events = await (
      await this.readModels.collection<SecurityEventDoc>('security-events')
    ).find({ userId }, { sort: { at: -1, _id: -1 }, limit: 200 });
    return {
      items: events.map(({ type, at, actor, ip, detail }) => ({ type, at, actor, ...(ip ? { ip } : {}), detail })),
    };
  }
}
