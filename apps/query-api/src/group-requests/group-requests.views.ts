import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export const GROUP_REQUEST_VIEW_STATUSES = ['pending', 'approved', 'declined', 'used', 'expired'] as const;
export type GroupRequestViewStatus = (typeof GROUP_REQUEST_VIEW_STATUSES)[number];

export class GroupRequestView {
  @ApiProperty({ format: 'uuid' }) requestId!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty() eventTitle!: string;
  @ApiProperty({ format: 'uuid' }) requesterId!: string;
  @ApiPropertyOptional({ description: "The requester's name (the organizer's list only)" }) requesterName?: string;
  @ApiPropertyOptional({ description: "The requester's e-mail (the organizer's list only)" }) requesterEmail?: string;
  @ApiProperty({ type: 'integer' }) quantity!: number;
  @ApiProperty({ type: 'integer', description: 'The per-order limit when it was asked' }) maxPerOrder!: number;
  @ApiProperty() message!: string;
  @ApiProperty({
    enum: GROUP_REQUEST_VIEW_STATUSES,
    description: 'expired: approved, but not spent before validUntil',
  })
  status!: GroupRequestViewStatus;
  @ApiProperty({ format: 'date-time' }) requestedAt!: string;
  @ApiPropertyOptional({ format: 'date-time' }) decidedAt?: string;
  @ApiPropertyOptional({ description: "The organizer's note or reason" }) reason?: string;
  @ApiPropertyOptional({ format: 'date-time' }) validUntil?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The hold the approval was spent on' }) holdId?: string;
}

export class GroupRequestsView {
  @ApiProperty({ type: [GroupRequestView], description: 'Newest first' }) items!: GroupRequestView[];
}
