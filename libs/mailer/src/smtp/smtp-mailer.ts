import { createTransport, type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import { assertSendable, type Mailer, type OutgoingMail, type SentMailReceipt } from '../mailer.port';

export type SmtpMailerOptions = Readonly<{
  host: string;
  port: number;
  /** TLS from the first byte (port 465). When false, STARTTLS is still used if the server offers it. */
  secure: boolean;
  auth?: Readonly<{ user: string; pass: string }>;
  /** The From header, e.g. `Seatwise <no-reply@seatwise.local>`. */
  from: string;
  /** Connection, greeting and socket timeouts (ms). Default 10 s / 10 s / 30 s. */
  timeoutsMs?: Readonly<{ connection?: number; greeting?: number; socket?: number }>;
}>;

/**
 * Production adapter: SMTP through nodemailer (one connection per mail; a relay or a provider's
 * submission port is expected). send() resolves once the server accepted the mail for delivery.
 */
export class SmtpMailer implements Mailer {
  private readonly transport: Transporter<SMTPTransport.SentMessageInfo>;
  private readonly from: string;

  constructor(options: SmtpMailerOptions) {
    if (!options.host) throw new Error('SMTP host is required');
    if (!Number.isInteger(options.port) || options.port < 1 || options.port > 65535)
      throw new Error(`SMTP port must be 1-65535, got ${options.port}`);
    if (/[\r\n]/.test(options.from) || !options.from.includes('@'))
      throw new Error('MAIL_FROM must be one address, e.g. "Seatwise <no-reply@example.com>"');
    this.from = options.from;
    this.transport = createTransport({
      host: options.host,
      port: options.port,
      secure: options.secure,
      ...(options.auth === undefined ? {} : { auth: { user: options.auth.user, pass: options.auth.pass } }),
      connectionTimeout: options.timeoutsMs?.connection ?? 10_000,
      greetingTimeout: options.timeoutsMs?.greeting ?? 10_000,
      socketTimeout: options.timeoutsMs?.socket ?? 30_000,
      // Mails are built from strings only: never let a message make nodemailer read files or fetch URLs.
      disableFileAccess: true,
      disableUrlAccess: true,
    });
  }

  async send(message: OutgoingMail): Promise<SentMailReceipt> {
    assertSendable(message);
    const info = await this.transport.sendMail({
      from: this.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      ...(message.template === undefined ? {} : { headers: { 'X-Mail-Template': message.template } }),
      ...(message.attachments?.length
        ? {
            attachments: message.attachments.map((a) => ({
              filename: a.filename,
              contentType: a.contentType,
              content: a.content,
            })),
          }
        : {}),
    });
    return { id: info.messageId };
  }

  /** Connects and authenticates without sending (for a health check or a start-up probe). */
  async verify(): Promise<void> {
    await this.transport.verify();
  }

  close(): void {
    this.transport.close();
  }
}
