import { Query } from '@nestjs/cqrs';
import type { OrderStatus } from '@booking/projections';
import type { AdminBookingsView } from '../orders.views';

/** Admins only (the controller's guard): every booking of the platform. */
export class AdminBookingsQuery extends Query<AdminBookingsView> {
  constructor(readonly args: Readonly<{ eventId?: string; status?: OrderStatus; q?: string; page: number }>) {
    super();
  }
}
