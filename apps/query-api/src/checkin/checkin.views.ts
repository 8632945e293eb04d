import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class DoorScanView {
  @ApiProperty({ format: 'date-time', description: "The scan's device time" }) at!: string;
  @ApiProperty({ example: 'North' }) gate!: string;
  @ApiPropertyOptional({ example: 'scanner-3' }) scannerId?: string;
}

export class SectionCountView {
  @ApiPropertyOptional({ example: 'stalls', description: 'Absent for general admission' }) sectionId?: string;
  @ApiProperty({ example: 'Stalls' }) sectionName!: string;
  @ApiProperty({ type: 'integer', description: 'Valid tickets (issued, not revoked)' }) valid!: number;
  @ApiProperty({ type: 'integer' }) checkedIn!: number;
}

export class GateCountView {
  @ApiProperty({ example: 'North' }) gate!: string;
  @ApiProperty({ type: 'integer', description: 'First uses at this gate' }) checkedIn!: number;
}

export class DoubleUseView {
  @ApiProperty({ format: 'uuid' }) ticketId!: string;
  @ApiProperty({ example: '0193A1B2' }) bookingNumber!: string;
  @ApiProperty() attendeeName!: string;
  @ApiProperty() seatLabel!: string;
  @ApiProperty({ type: DoorScanView, description: 'The earlier use (device time)' }) first!: DoorScanView;
  @ApiProperty({ type: DoorScanView }) second!: DoorScanView;
  @ApiProperty({ description: 'The second holder was let in too (an offline scanner); false: refused at the door' })
  admitted!: boolean;
  @ApiProperty({ format: 'date-time', description: 'When the server learned of it' }) recordedAt!: string;
}

export class CheckInSummaryView {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ type: 'integer', description: 'Tickets issued (of confirmed bookings, revoked ones included)' })
  issued!: number;
  @ApiProperty({ type: 'integer', description: 'Issued and not revoked' }) valid!: number;
  @ApiProperty({ type: 'integer' }) revoked!: number;
  @ApiProperty({ type: 'integer', description: 'Tickets used at least once' }) checkedIn!: number;
  @ApiProperty({ type: [SectionCountView] }) bySection!: SectionCountView[];
  @ApiProperty({ type: [GateCountView] }) byGate!: GateCountView[];
  @ApiProperty({ type: [DoubleUseView], description: 'Every double use, newest first' }) doubleUses!: DoubleUseView[];
}

export class DoorAttendeeView {
  @ApiProperty({ format: 'uuid' }) ticketId!: string;
  @ApiProperty({ format: 'uuid' }) bookingId!: string;
  @ApiProperty({ example: '0193A1B2' }) bookingNumber!: string;
  @ApiProperty({ description: "The name on the ticket (the buyer's when none was given)" }) attendeeName!: string;
  @ApiProperty() buyerName!: string;
  @ApiProperty({ example: 'Section Stalls · Row A · Seat 1' }) seatLabel!: string;
  @ApiProperty({ enum: ['valid', 'revoked'] }) status!: 'valid' | 'revoked';
  @ApiPropertyOptional({ type: DoorScanView, description: 'Its first use, once checked in' }) checkedIn?: DoorScanView;
}

export class DoorAttendeesView {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ type: [DoorAttendeeView], description: 'At most 50 tickets, by booking number' })
  attendees!: DoorAttendeeView[];
}

export class TicketRevocationView {
  @ApiProperty({ format: 'uuid' }) ticketId!: string;
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: 'Codes of this ticket up to this reissue counter are revoked',
  })
  reissue!: number;
  @ApiProperty({ enum: ['cancelled', 'reissued'] }) reason!: 'cancelled' | 'reissued';
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class TicketRevocationsView {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({
    type: [TicketRevocationView],
    description:
      'For scanners: `revoke(emptyRevocationList(eventId), revocations)` (libs/tickets), then admitTicketCode',
  })
  revocations!: TicketRevocationView[];
}
