import { Controller, Get, Inject, NotFoundException, Optional, Query } from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { DevMailbox } from './dev-mailbox';

export const DEV_MAILBOX_SETTINGS = Symbol('DevMailboxSettings');
export type DevMailboxSettings = Readonly<{ demoMode: boolean }>;

class CapturedAttachmentResponse {
  @ApiProperty() filename!: string;
  @ApiProperty() contentType!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) size!: number;
}

class CapturedMailResponse {
  @ApiProperty() id!: string;
  @ApiProperty() to!: string;
  @ApiProperty() subject!: string;
  @ApiProperty() text!: string;
  @ApiProperty() html!: string;
  @ApiPropertyOptional() template?: string;
  @ApiPropertyOptional({ type: [CapturedAttachmentResponse] }) attachments?: CapturedAttachmentResponse[];
  @ApiProperty({ format: 'date-time' }) sentAt!: string;
}

class DevMailboxResponse {
  @ApiProperty({ type: [CapturedMailResponse] }) items!: CapturedMailResponse[];
}

/**
 * Demo mode only: the mails the dev mailbox captured, newest first, so the SPA can show the
 * verification and reset links that would otherwise have gone out. Anyone can read them, which is
 * why it answers 404 unless DEMO_MODE is on and mails are captured rather than sent.
 */
@ApiTags('demo')
@Controller('api/dev/mailbox')
export class DevMailboxController {
  constructor(
    @Inject(DEV_MAILBOX_SETTINGS) private readonly settings: DevMailboxSettings,
    @Optional() @Inject(DevMailbox) private readonly mailbox: DevMailbox | undefined,
  ) {}

  @Get()
  @ApiQuery({ name: 'to', required: false, description: 'only mails to this address' })
  @ApiOkResponse({ type: DevMailboxResponse })
  @ApiNotFoundResponse({ description: 'Demo mode is off, or mails are sent rather than captured' })
  list(@Query('to') to?: string): DevMailboxResponse {
    if (!this.settings.demoMode || !this.mailbox) throw new NotFoundException('The dev mailbox is off');
    const mails = this.mailbox.list(typeof to === 'string' && to !== '' ? { to } : {});
    // Names and sizes only: the bytes stay in the process.
    const items = mails.map(({ attachments, ...mail }) =>
      attachments
        ? {
            ...mail,
            attachments: attachments.map((a) => ({
              filename: a.filename,
              contentType: a.contentType,
              size: a.content.length,
            })),
          }
        : mail,
    );
    return { items };
  }
}
