import { Query } from '@nestjs/cqrs';
import type { CategoriesView } from '../categories.views';

export class ListCategoriesQuery extends Query<CategoriesView> {
  /** `withRetired`: retired categories too, with when they changed (the controller lets only admins ask). */
  constructor(readonly args: Readonly<{ withRetired: boolean }>) {
    super();
  }
}
