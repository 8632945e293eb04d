import { Query } from '@nestjs/cqrs';
import type { MeView } from '../accounts.views';

export class MeQuery extends Query<MeView> {
  constructor(readonly args: Readonly<{ userId: string }>) {
    super();
  }
}
