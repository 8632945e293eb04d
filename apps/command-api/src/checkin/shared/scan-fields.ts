import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** Where and when a scan happened, as every check-in request gives it. */
export class ScanFields {
  @ApiProperty({
    description: 'A fresh random id per scan (a retried request sends the same one and is not a second use)',
    pattern: '^[A-Za-z0-9_-]{8,64}$',
    example: 'd7f0a3c2-5b1e-4f7a-9a57-0e4b9f1c2d3e',
  })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{8,64}$/, { message: 'nonce must be 8 to 64 letters, digits, - or _' })
  nonce!: string;

  @ApiPropertyOptional({ description: "The door's label (default 'Main entrance')", maxLength: 60, example: 'North' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  gate?: string;

  @ApiPropertyOptional({ description: 'Which device scanned', maxLength: 60, example: 'scanner-3' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  scannerId?: string;
}

/** An online scan: the server's time unless the device says otherwise. */
export class TimedScanFields extends ScanFields {
  @ApiPropertyOptional({
    format: 'date-time',
    description: "The device's time of the scan (offline scans); a time ahead of the server's counts as now",
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  scannedAt?: string;
}
