import { NotFoundException } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { type ApprovalChangesDoc, detailChanges, reviewedDetails } from '@booking/projections';
import { ReadModels } from '../../http/read-models';
import { ApprovalChangesQuery } from './approval-changes.query';

@QueryHandler(ApprovalChangesQuery)
export class ApprovalChangesHandler implements IQueryHandler<ApprovalChangesQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ eventId }: ApprovalChangesQuery) {
    const reviews = await this.readModels.collection<ApprovalChangesDoc>('approval-changes');
    const doc = await reviews.findOne({ _id: eventId });
    if (!doc) throw new NotFoundException(`Event ${eventId} not found`);
    const { catalog, approved } = doc;
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
