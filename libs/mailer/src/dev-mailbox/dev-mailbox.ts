import { randomUUID } from 'node:crypto';
import {
  assertSendable,
  type MailAttachment,
  type Mailer,
  type OutgoingMail,
  type SentMailReceipt,
} from '../mailer.port';

export type CapturedMail = Readonly<{
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  template?: string;
  /** The files sent along, with their bytes (tests read them; the demo endpoint lists names and sizes only). */
  attachments?: readonly MailAttachment[];
  /** ISO 8601. */
  sentAt: string;
}>;

export type DevMailboxOptions = Readonly<{
  /** How many mails are kept; the oldest go first. Default 500. */
  capacity?: number;
  now?: () => Date;
  newId?: () => string;
}>;

/**
 * The embedded default: mails are captured in memory (bounded) instead of sent, so the demo SPA
 * can show them (`GET /api/dev/mailbox`). Nothing leaves the process and nothing is persisted.
 */
export class DevMailbox implements Mailer {
  private readonly mails: CapturedMail[] = [];
  private readonly capacity: number;
  private readonly now: () => Date;
  private readonly newId: () => string;

  constructor(options: DevMailboxOptions = {}) {
    this.capacity = options.capacity ?? 500;
    if (!Number.isInteger(this.capacity) || this.capacity < 1) throw new Error('capacity must be a positive integer');
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? randomUUID;
  }

  async send(message: OutgoingMail): Promise<SentMailReceipt> {
    assertSendable(message);
    const mail: CapturedMail = {
      id: this.newId(),
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      ...(message.template === undefined ? {} : { template: message.template }),
      ...(message.attachments?.length
        ? { attachments: message.attachments.map((a) => ({ ...a, content: Buffer.from(a.content) })) }
        : {}),
      sentAt: this.now().toISOString(),
    };
    this.mails.push(mail);
    if (this.mails.length > this.capacity) this.mails.splice(0, this.mails.length - this.capacity);
    return { id: mail.id };
  }

  /** Newest first; optionally only those to one address. */
  list(filter: Readonly<{ to?: string }> = {}): CapturedMail[] {
    const wanted = filter.to?.toLowerCase();
    const newestFirst = [...this.mails].reverse();
    return wanted === undefined ? newestFirst : newestFirst.filter((mail) => mail.to.toLowerCase() === wanted);
  }

  clear(): void {
    this.mails.length = 0;
  }
}
