import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class IssuedTicketView {
  @ApiProperty({ format: 'uuid' }) ticketId!: string;
  @ApiPropertyOptional({ example: 'stalls', description: 'Absent for general admission' }) sectionId?: string;
  @ApiPropertyOptional({ example: 'Stalls' }) sectionName?: string;
  @ApiPropertyOptional({ example: 'B' }) row?: string;
  @ApiPropertyOptional({ example: '12' }) seatNumber?: string;
  @ApiProperty({ example: 'Section Stalls · Row B · Seat 12', description: "Where it admits, or 'General admission'" })
  seatLabel!: string;
  @ApiProperty() tierId!: string;
  @ApiProperty() tierName!: string;
  @ApiProperty({ description: "The attendee's name (the buyer's if none was given)" }) attendeeName!: string;
  @ApiProperty({
    pattern: '^[A-Z2-7]+$',
    description:
      'The signed ticket code (RFC 4648 base32), the QR content; verifiable with GET /api/events/{eventId}/ticket-keys',
  })
  code!: string;
  @ApiProperty({ description: 'The QR code of `code` as an SVG document' }) qrSvg!: string;
}

export class BookingTicketsView {
  @ApiProperty({ format: 'uuid' }) bookingId!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ type: [IssuedTicketView] }) tickets!: IssuedTicketView[];
}

export class TicketKeyView {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 255, description: 'Which platform secret the key derives from' })
  kid!: number;
  @ApiProperty({ description: 'The raw 32-byte Ed25519 public key, base64url' }) publicKey!: string;
}

export class TicketKeysView {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ type: [TicketKeyView], description: 'One per kid the platform holds: a scanner keeps them all' })
  keys!: TicketKeyView[];
}
