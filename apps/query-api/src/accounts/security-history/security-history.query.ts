import { Query } from '@nestjs/cqrs';
import type { SecurityHistoryView } from '../accounts.views';

export class SecurityHistoryQuery extends Query<SecurityHistoryView> {
  constructor(readonly args: Readonly<{ userId: string }>) {
    super();
  }
}
