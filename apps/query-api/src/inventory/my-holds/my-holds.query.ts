import { Query } from '@nestjs/cqrs';
import type { MyHoldsView } from '../inventory.views';

export const MY_HOLDS_PAGE = { default: 50, max: 200 } as const;

export class MyHoldsQuery extends Query<MyHoldsView> {
  /** `cursor`: the nextCursor of the page before (raw, as the client sent it). */
  constructor(readonly args: Readonly<{ holderId: string; limit: number; cursor?: string }>) {
    super();
  }
}
