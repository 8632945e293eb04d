import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class LedgerAccountView {
  @ApiProperty({ example: 'assets:provider:test-mode', description: 'docs/ledger.md lists the chart of accounts' })
  account!: string;
  @ApiProperty({ enum: ['asset', 'liability'] }) kind!: 'asset' | 'liability';
  @ApiProperty({ example: 'EUR' }) currency!: string;
  @ApiProperty({ type: 'integer', description: 'Sum of the debits, minor units' }) debit!: number;
  @ApiProperty({ type: 'integer', description: 'Sum of the credits, minor units' }) credit!: number;
  @ApiProperty({
    type: 'integer',
    description: 'Debit minus credit for an asset, credit minus debit for a liability (minor units)',
  })
  balance!: number;
}

export class OrganizerBalanceView {
  @ApiProperty({ format: 'uuid' }) organizerId!: string;
  @ApiPropertyOptional() organizerName?: string;
  @ApiProperty({ example: 'EUR' }) currency!: string;
  @ApiProperty({ type: 'integer', description: 'What the platform owes the organizer for tickets sold, minor units' })
  owed!: number;
}

export class LedgerView {
  @ApiPropertyOptional({ format: 'date-time', description: 'The time the ledger was cut at, when one was asked' })
  asOf?: string;
  @ApiPropertyOptional({ description: 'The log position the ledger was cut at, when one was asked' })
  position?: string;
  @ApiPropertyOptional({ description: 'The highest log position among the entries included' })
  lastPosition?: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'How many entries are included' }) entries!: number;
  @ApiProperty({ description: "Whether every currency's debits equal its credits" }) balanced!: boolean;
  @ApiProperty({ type: [LedgerAccountView], description: 'Sorted by account, then currency' })
  accounts!: LedgerAccountView[];
  @ApiProperty({ type: [OrganizerBalanceView], description: 'The event accounts added up per organizer' })
  organizers!: OrganizerBalanceView[];
}

export class LedgerLineView {
  @ApiProperty() account!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) debit!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) credit!: number;
}

export class LedgerEntryView {
  @ApiProperty({ format: 'uuid', description: 'The id of the domain event that caused it' }) entryId!: string;
  @ApiProperty({ example: 'PaymentSucceeded' }) eventType!: string;
  @ApiProperty({ example: 'payment-0190…', description: 'The stream the event is in' }) stream!: string;
  @ApiProperty({ description: 'The log position of the event' }) position!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ format: 'uuid' }) bookingId!: string;
  @ApiPropertyOptional({ format: 'uuid' }) eventId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) organizerId?: string;
  @ApiProperty({ example: 'EUR' }) currency!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ type: [LedgerLineView], description: 'Debits equal credits' }) lines!: LedgerLineView[];
}

export class LedgerEntryPageView {
  @ApiProperty({ type: [LedgerEntryView], description: 'In log order, oldest first' }) items!: LedgerEntryView[];
  @ApiProperty({ type: 'integer', minimum: 0 }) total!: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) page!: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) pageSize!: number;
}

export class HistoryEventView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'PaymentSucceeded' }) type!: string;
  @ApiProperty({ example: 'payment-0190…' }) stream!: string;
  @ApiProperty({ description: "The event's revision in its stream" }) revision!: string;
  @ApiProperty({ description: 'The log position' }) position!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ description: 'The user id who caused it, or system:<process> for a policy' }) actor!: string;
  @ApiProperty({ description: 'Shared by everything one request caused' }) correlationId!: string;
  @ApiProperty({ description: 'The id of the command or event that caused it' }) causationId!: string;
  @ApiProperty({ type: 'integer' }) schemaVersion!: number;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The event as recorded' })
  data!: Record<string, unknown>;
}

export class MoneyHistoryView {
  @ApiProperty({ format: 'uuid' }) bookingId!: string;
  @ApiProperty({ type: [String], description: 'The streams read, the booking first' }) streams!: string[];
  @ApiProperty({ type: [HistoryEventView], description: 'In log order' }) events!: HistoryEventView[];
}

export class OrganizerHistoryView {
  @ApiProperty({ format: 'uuid' }) organizerId!: string;
  @ApiProperty({ type: [String], description: 'Every stream read that holds events, sorted' }) streams!: string[];
  @ApiProperty({ type: [HistoryEventView], description: 'In log order, after the position asked for' })
  events!: HistoryEventView[];
  @ApiPropertyOptional({ description: 'There is more: ask again with after=this' }) nextAfter?: string;
}

export class MoneyView {
  @ApiProperty({ type: 'integer', description: 'Minor units' }) amount!: number;
  @ApiProperty({ example: 'EUR' }) currency!: string;
}

export class ProviderRecordView {
  @ApiProperty({ enum: ['charge', 'refund'] }) kind!: 'charge' | 'refund';
  @ApiProperty({ example: 'ch_3Mx…' }) id!: string;
  @ApiPropertyOptional() intentId?: string;
  @ApiProperty({ type: MoneyView }) amount!: MoneyView;
  @ApiProperty({ enum: ['succeeded', 'pending', 'failed'] }) status!: 'succeeded' | 'pending' | 'failed';
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiPropertyOptional({ description: 'Our payment id, from the provider metadata' }) paymentId?: string;
  @ApiPropertyOptional() bookingId?: string;
  @ApiPropertyOptional({ description: 'Our refund id, from the provider metadata' }) refundId?: string;
}

export class LedgerMovementView {
  @ApiProperty({ format: 'uuid', description: 'The ledger entry: the id of the event that caused it' })
  entryId!: string;
  @ApiProperty({ example: 'PaymentSucceeded' }) eventType!: string;
  @ApiProperty() position!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ type: MoneyView }) amount!: MoneyView;
  @ApiProperty({ description: 'Our payment (charge) or refund id' }) ourId!: string;
}

export class DiscrepancyView {
  @ApiProperty({
    enum: ['missing-at-provider', 'missing-in-ledger', 'not-ours', 'amount-differs', 'status-differs'],
  })
  kind!: string;
  @ApiProperty() reason!: string;
  @ApiPropertyOptional({ format: 'uuid' }) bookingId?: string;
  @ApiPropertyOptional({ type: LedgerMovementView }) ledger?: LedgerMovementView;
  @ApiPropertyOptional({ type: ProviderRecordView }) provider?: ProviderRecordView;
}

export class CurrencyTotalsView {
  @ApiProperty() currency!: string;
  @ApiProperty({ type: 'integer' }) ledgerCharged!: number;
  @ApiProperty({ type: 'integer' }) providerCharged!: number;
  @ApiProperty({ type: 'integer' }) ledgerRefunded!: number;
  @ApiProperty({ type: 'integer' }) providerRefunded!: number;
}

export class ReconciliationView {
  @ApiProperty({ format: 'uuid' }) reconciliationId!: string;
  @ApiProperty({ example: 'test-mode' }) provider!: string;
  @ApiProperty({ format: 'date-time' }) from!: string;
  @ApiProperty({ format: 'date-time' }) to!: string;
  @ApiProperty({ format: 'date-time', description: 'From when the provider still kept records' }) coveredFrom!: string;
  @ApiProperty() truncated!: boolean;
  @ApiProperty({ format: 'date-time', description: 'When the statement was fetched' }) recordedAt!: string;
  @ApiProperty({ description: 'Who asked for it' }) recordedBy!: string;
  @ApiProperty({ description: "The statement's log position" }) position!: string;
  @ApiProperty({ type: 'integer' }) providerRecords!: number;
  @ApiProperty({ type: 'integer', description: 'Movements both sides show alike' }) matched!: number;
  @ApiProperty({ type: 'integer', description: 'Refunds the provider has not finished (not discrepancies)' })
  pending!: number;
  @ApiProperty({ type: 'integer', description: 'Ledger movements before coveredFrom, not compared' })
  notCovered!: number;
  @ApiProperty({ type: [CurrencyTotalsView] }) totals!: CurrencyTotalsView[];
  @ApiProperty({ type: [DiscrepancyView] }) discrepancies!: DiscrepancyView[];
}
