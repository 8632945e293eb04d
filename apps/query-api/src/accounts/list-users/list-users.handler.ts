import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { AccountDoc } from '@booking/projections';
import { ReadModels } from '../../http/read-models';
import { accountView } from '../account-view';
import { ListUsersQuery } from './list-users.query';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A page of the accounts, newest first, with the count of all that match. */
@QueryHandler(ListUsersQuery)
export class ListUsersHandler implements IQueryHandler<ListUsersQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ args: { q, limit, offset } }: ListUsersQuery) {
    const accounts = await this.readModels.collection<AccountDoc>('accounts');
    const words = q?.trim();
    const filter = words
      ? {
          $or: [
            { email: { $regex: escape(words), $options: 'i' } },
            { displayName: { $regex: escape(words), $options: 'i' } },
          ],
        }
      : {};
    const [items, total] = await Promise.all([
      accounts.find(filter, { sort: { createdAt: -1, _id: 1 }, skip: offset, limit }),
      accounts.countDocuments(filter),
    ]);
    return {
      items: items.map((doc) => ({ ...accountView(doc), disabled: doc.disabled })),
      total,
    };
  }
}
