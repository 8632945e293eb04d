import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MoneyView } from '../booking/booking.views';

export class InvoiceAddressView {
  @ApiProperty() name!: string;
  @ApiPropertyOptional() company?: string;
  @ApiProperty() street!: string;
  @ApiProperty() postalCode!: string;
  @ApiProperty() city!: string;
  @ApiProperty({ pattern: '^[A-Z]{2}$' }) country!: string;
  @ApiPropertyOptional() vatId?: string;
}

export class InvoiceBuyerView {
  @ApiProperty({ description: "The buyer's name ('[erased]' once the buyer was forgotten)" }) name!: string;
  @ApiProperty() email!: string;
  @ApiPropertyOptional({ type: InvoiceAddressView }) address?: InvoiceAddressView;
}

export class InvoiceSellerView {
  @ApiProperty({ format: 'uuid' }) organizerId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() address!: string;
  @ApiPropertyOptional() taxId?: string;
}

export class InvoiceLineView {
  @ApiProperty({ format: 'uuid' }) ticketId!: string;
  @ApiProperty() description!: string;
  @ApiProperty() tierId!: string;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 10000, description: 'Basis points: 1900 = 19 %' })
  taxRate!: number;
  @ApiProperty({ type: MoneyView }) net!: MoneyView;
  @ApiProperty({ type: MoneyView }) tax!: MoneyView;
  @ApiProperty({ type: MoneyView, description: 'What the ticket cost (negative on a credit note)' }) gross!: MoneyView;
}

export class InvoiceTotalsView {
  @ApiProperty({ type: MoneyView }) net!: MoneyView;
  @ApiProperty({ type: MoneyView }) tax!: MoneyView;
  @ApiProperty({ type: MoneyView }) gross!: MoneyView;
}

export class InvoiceRefersView {
  @ApiProperty({ format: 'uuid' }) invoiceId!: string;
  @ApiProperty() number!: string;
}

export class InvoiceView {
  @ApiProperty({ format: 'uuid' }) invoiceId!: string;
  @ApiProperty({ enum: ['invoice', 'credit-note'] }) kind!: string;
  @ApiProperty({ example: 'ORG-2026-000123' }) number!: string;
  @ApiProperty({ description: 'The numbering series: organizer id and year' }) series!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) sequence!: number;
  @ApiProperty({ format: 'uuid' }) bookingId!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty() eventTitle!: string;
  @ApiProperty({ format: 'uuid' }) organizerId!: string;
  @ApiProperty({ format: 'date-time' }) issuedAt!: string;
  @ApiProperty({ type: InvoiceSellerView }) seller!: InvoiceSellerView;
  @ApiProperty({ type: InvoiceBuyerView }) buyer!: InvoiceBuyerView;
  @ApiProperty({ type: [InvoiceLineView] }) lines!: InvoiceLineView[];
  @ApiProperty({ type: InvoiceTotalsView }) totals!: InvoiceTotalsView;
  @ApiPropertyOptional({ type: InvoiceRefersView, description: 'A credit note: the invoice it corrects' })
  refers?: InvoiceRefersView;
  @ApiPropertyOptional() reason?: string;
  @ApiProperty({ description: 'Where the PDF is served' }) pdfUrl!: string;
}

export class InvoiceListView {
  @ApiProperty({ type: [InvoiceView] }) items!: InvoiceView[];
}

export class InvoicePageView {
  @ApiProperty({ type: [InvoiceView], description: 'Newest first' }) items!: InvoiceView[];
  @ApiProperty({ type: 'integer', minimum: 0 }) total!: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) page!: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) pageSize!: number;
}

export class TierTaxRateView {
  @ApiProperty() tierId!: string;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 10000 }) taxRate!: number;
}

export class InvoiceSettingsView {
  @ApiProperty({ description: 'False until the organizer saved settings (then defaults are shown)' })
  configured!: boolean;
  @ApiProperty() sellerName!: string;
  @ApiProperty() sellerAddress!: string;
  @ApiPropertyOptional() taxId?: string;
  @ApiProperty({ description: 'Printed before the year and number' }) numberPrefix!: string;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 10000 }) defaultTaxRate!: number;
  @ApiProperty({ type: [TierTaxRateView] }) tierTaxRates!: TierTaxRateView[];
}
