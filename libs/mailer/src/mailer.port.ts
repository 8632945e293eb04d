/**
 * The mailer port: sends one rendered mail to one recipient. Adapters are chosen by configuration
 * (`createMailer`): the dev mailbox (embedded default) or SMTP. Rendering is not the adapter's job
 * (`renderMail`), so every adapter delivers exactly the same subject, text and HTML.
 */
export type OutgoingMail = Readonly<{
  /** One bare address (`ada@example.com`); display names and lists are refused. */
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The template it was rendered from, kept for the dev mailbox and as a header. */
  template?: string;
  /** Files sent along (the tickets PDF). At most MAX_ATTACHMENTS, MAX_ATTACHMENT_BYTES in all. */
  attachments?: readonly MailAttachment[];
}>;

/** One file attached to a mail: the bytes as given, never read from a path or a URL. */
export type MailAttachment = Readonly<{ filename: string; contentType: string; content: Buffer }>;

export const MAX_ATTACHMENTS = 10;
/** All attachments of one mail together (before base64), well under common providers' 10-25 MB. */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

export type SentMailReceipt = Readonly<{ id: string }>;

export interface Mailer {
  /** Resolves once the transport accepted the mail; rejects on invalid input or a refusing transport. */
  send(message: OutgoingMail): Promise<SentMailReceipt>;
}

export const MAILER = Symbol('Mailer');

/** The mail was refused before sending: it would have broken or injected headers. */
export class InvalidMailError extends Error {
  override readonly name = 'InvalidMailError';
  constructor(
    readonly field: keyof OutgoingMail,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

// One bare addr-spec: no whitespace or control characters (so no CR/LF), no second address, no display name.
const ADDRESS = /^[^\s\p{Cc}@<>,;:"()[\]\\]+@[^\s\p{Cc}@<>,;:"()[\]\\]+\.[^\s\p{Cc}@<>,;:"()[\]\\]+$/u;
const CONTROL = /\p{Cc}/u;
const TEMPLATE_NAME = /^[a-z0-9][a-z0-9-]*$/;
// A plain file name (it becomes a MIME parameter): no path, no quotes, no controls.
const FILENAME = /^[\w][\w .-]{0,99}$/;
const CONTENT_TYPE = /^[a-z]+\/[a-z0-9.+-]+$/;

/**
 * Every adapter runs this before sending, so a subject or recipient carrying CR/LF can never become
 * an extra header (Bcc: …) whatever the transport does with it.
 */
export function assertSendable(message: OutgoingMail): void {
  if (typeof message.to !== 'string' || message.to.length > 254 || !ADDRESS.test(message.to))
    throw new InvalidMailError('to', 'must be a single e-mail address');
  if (typeof message.subject !== 'string' || message.subject.trim() === '')
    throw new InvalidMailError('subject', 'must not be empty');
  if (CONTROL.test(message.subject)) throw new InvalidMailError('subject', 'must not contain line breaks or controls');
  if (message.subject.length > 500) throw new InvalidMailError('subject', 'is too long');
  if (typeof message.text !== 'string' || typeof message.html !== 'string')
    throw new InvalidMailError('text', 'text and html bodies are required');
  if (message.template !== undefined && !TEMPLATE_NAME.test(message.template))
    throw new InvalidMailError('template', 'must be a template name');
  if (message.attachments !== undefined) assertAttachments(message.attachments);
}

function assertAttachments(attachments: readonly MailAttachment[]): void {
  if (!Array.isArray(attachments) || attachments.length > MAX_ATTACHMENTS)
    throw new InvalidMailError('attachments', `at most ${MAX_ATTACHMENTS} attachments`);
  let bytes = 0;
  for (const attachment of attachments) {
    if (typeof attachment.filename !== 'string' || !FILENAME.test(attachment.filename))
      throw new InvalidMailError('attachments', 'a file name must be a plain name (letters, digits, space, . - _)');
    if (typeof attachment.contentType !== 'string' || !CONTENT_TYPE.test(attachment.contentType))
      throw new InvalidMailError('attachments', 'a content type must be type/subtype');
    if (!Buffer.isBuffer(attachment.content)) throw new InvalidMailError('attachments', 'content must be a Buffer');
    bytes += attachment.content.length;
  }
  if (bytes > MAX_ATTACHMENT_BYTES) throw new InvalidMailError('attachments', 'are too large');
}
