import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadModels } from '../../http/read-models';
import type { CheckInSummaryView } from '../checkin.views';
import { doorEvent, issuedBookings } from '../door-access';
import { CheckInSummaryQuery } from './check-in-summary.query';
import { summarize } from './summarize';

/** The door's live counts: issued, valid, checked in (per section and gate), and every double use. */
@QueryHandler(CheckInSummaryQuery)
export class CheckInSummaryHandler implements IQueryHandler<CheckInSummaryQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ args: { eventId, viewer } }: CheckInSummaryQuery): Promise<CheckInSummaryView> {
    const event = await doorEvent(this.readModels, eventId, viewer);
    return summarize(event, await issuedBookings(this.readModels, event._id));
  }
}
