import { Query } from '@nestjs/cqrs';
import type { MyWaitlistView } from '../waitlist.views';

export const MY_WAITLIST_MAX = 100;

export class MyWaitlistQuery extends Query<MyWaitlistView> {
  constructor(readonly args: Readonly<{ holderId: string }>) {
    super();
  }
}
