import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { type ApprovalChangesDoc, detailChanges, reviewedDetails } from '@booking/projections';
import { ReadModels } from '../../http/read-models';
import { ApprovalChangesQuery } from './approval-changes.query';

/** What a reviewer needs: the changes since the last approved version, or that this is a first review. */
@QueryHandler(ApprovalChangesQuery)
export class ApprovalChangesHandler implements IQueryHandler<ApprovalChangesQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ args: { eventId } }: ApprovalChangesQuery) {
    const { catalog, approved } = await this.readModels.getById<ApprovalChangesDoc>(
      'approval-changes',
      eventId,
      `Event ${eventId} not found`,
    );
    const common = {
      eventId,
      status: catalog.status,
      version: catalog.version,
      timeZone: catalog.details.timeZone ?? 'UTC',
    };
    if (!approved) return { ...common, firstReview: true, changes: [] };
    return {
      ...common,
      firstReview: false,
      approvedVersion: approved.version,
      approvedAt: approved.at,
      approvedBy: approved.by,
      changes: approved.version === catalog.version ? [] : detailChanges(approved.details, reviewedDetails(catalog)),
    };
  }
}
