import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsISO8601,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ScanFields } from '../shared/scan-fields';

export const MAX_SCANS_PER_BATCH = 500;

export class OfflineScanRequest extends ScanFields {
  @ApiProperty({ description: "The ticket's signed code, as read from its QR code", minLength: 1, maxLength: 400 })
  @IsString()
  @MinLength(1)
  @MaxLength(400)
  code!: string;

  @ApiProperty({ format: 'date-time', description: "The device's time of the scan" })
  @IsISO8601({ strict: true })
  scannedAt!: string;
}

export class CheckInBatchRequest {
  @ApiProperty({ type: [OfflineScanRequest], minItems: 1, maxItems: MAX_SCANS_PER_BATCH })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_SCANS_PER_BATCH)
  @ValidateNested({ each: true })
  @Type(() => OfflineScanRequest)
  scans!: OfflineScanRequest[];
}
