import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class SalesFiguresView {
  @ApiProperty({ example: 'EUR' }) currency!: string;
  @ApiProperty({ type: 'integer', description: 'Tickets sold (paid confirmations), minor units' }) sales!: number;
  @ApiProperty({ type: 'integer', description: 'Refunds decided on tickets, minor units' }) refunds!: number;
  @ApiProperty({ type: 'integer', description: 'Sales minus refunds, minor units' }) net!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Paid orders' }) orders!: number;
  @ApiProperty({ type: 'integer', description: 'Sales per order, rounded, minor units (0 without orders)' })
  averageOrder!: number;
  @ApiProperty({ minimum: 0, maximum: 1, description: 'Refunds ÷ sales (0 without sales)' }) refundRate!: number;
}

export class DayFiguresView extends SalesFiguresView {
  @ApiProperty({ format: 'date', example: '2030-01-31' }) day!: string;
}

export class EventFiguresView extends SalesFiguresView {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiPropertyOptional() title?: string;
}

export class OrganizerFiguresView extends SalesFiguresView {
  @ApiProperty({ format: 'uuid' }) organizerId!: string;
  @ApiPropertyOptional() organizerName?: string;
}

export class MethodFiguresView {
  @ApiProperty({ example: 'test-mode', description: 'The payment provider' }) method!: string;
  @ApiProperty({ example: 'EUR' }) currency!: string;
  @ApiProperty({ type: 'integer', description: 'Payments received, minor units' }) amount!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) payments!: number;
}

export class DeclineReasonView {
  @ApiProperty({ example: 'insufficient_funds' }) reason!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) count!: number;
}

export class PaymentOutcomesView {
  @ApiProperty({ type: 'integer', minimum: 0 }) succeeded!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) failed!: number;
  @ApiProperty({ minimum: 0, maximum: 1, description: 'Failed ÷ (succeeded + failed)' }) declineRate!: number;
  @ApiProperty({ type: [DeclineReasonView], description: 'The ten most frequent decline codes' })
  reasons!: DeclineReasonView[];
}

export class AnalyticsView {
  @ApiProperty({ format: 'date', description: 'First day of the report (UTC), inclusive' }) from!: string;
  @ApiProperty({ format: 'date', description: 'Last day of the report (UTC), inclusive' }) to!: string;
  @ApiProperty({ type: [SalesFiguresView], description: 'One per currency' }) totals!: SalesFiguresView[];
  @ApiProperty({ type: [DayFiguresView], description: 'Every day of the range for each currency, in day order' })
  byDay!: DayFiguresView[];
  @ApiProperty({ type: [EventFiguresView], description: 'Net, highest first' }) byEvent!: EventFiguresView[];
  @ApiProperty({
    type: [OrganizerFiguresView],
    description: "Net, highest first (finance's view; empty for an organizer)",
  })
  byOrganizer!: OrganizerFiguresView[];
  @ApiProperty({ type: [MethodFiguresView], description: 'Payments received per provider and currency' })
  byMethod!: MethodFiguresView[];
  @ApiPropertyOptional({ type: PaymentOutcomesView, description: "Payment attempts' outcomes (finance's view)" })
  payments?: PaymentOutcomesView;
}
