import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { AccountDoc } from '@booking/projections';
import { ReadModels } from '../../http/read-models';
import { accountView } from '../account-view';
import { MeQuery } from './me.query';

@QueryHandler(MeQuery)
export class MeHandler implements IQueryHandler<MeQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ args: { userId } }: MeQuery) {
    const doc = await this.readModels.getById<AccountDoc>(
      'accounts',
      userId,
      'No account for this token (demo tokens have none)',
    );
    return accountView(doc);
  }
}
