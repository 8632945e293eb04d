import { Query } from '@nestjs/cqrs';
import type { Actor } from '@booking/domain';
import type { AnalyticsView } from '../analytics.views';
import type { DaysAsked } from '../analytics.request';

export class OrganizerAnalyticsQuery extends Query<AnalyticsView> {
  /** The viewer's own events' sales over the range (an admin's: every event's). */
  constructor(readonly args: Readonly<{ days: DaysAsked; viewer: Actor }>) {
    super();
  }
}
