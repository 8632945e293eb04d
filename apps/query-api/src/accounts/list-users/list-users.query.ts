import { Query } from '@nestjs/cqrs';
import type { UsersView } from '../accounts.views';

export class ListUsersQuery extends Query<UsersView> {
  /** `q`: words found in the e-mail address or the display name, any case. */
  constructor(readonly args: Readonly<{ q?: string; limit: number; offset: number }>) {
    super();
  }
}
