import { DevMailbox } from './dev-mailbox/dev-mailbox';
import type { Mailer } from './mailer.port';
import { SmtpMailer, type SmtpMailerOptions } from './smtp/smtp-mailer';
import { DEFAULT_PUBLIC_URL, normalisePublicUrl } from './templates/links';

export const DEFAULT_MAIL_FROM = 'Seatwise <no-reply@seatwise.local>';

export type MailConfig = Readonly<{
  transport: { kind: 'dev' } | ({ kind: 'smtp' } & SmtpMailerOptions);
  /** Origin the links in mails point to. */
  publicUrl: string;
}>;

/** Reads the mail settings; a half-configured SMTP setup fails here, at start-up. */
export function mailConfigFromEnv(env: NodeJS.ProcessEnv = process.env): MailConfig {
  const publicUrl = normalisePublicUrl(env.PUBLIC_URL || DEFAULT_PUBLIC_URL);
  const kind = env.MAIL_TRANSPORT || 'dev';
  if (kind === 'dev') return { transport: { kind: 'dev' }, publicUrl };
  if (kind !== 'smtp') throw new Error(`MAIL_TRANSPORT must be dev or smtp, got "${kind}"`);

  const host = env.SMTP_HOST;
  if (!host) throw new Error('SMTP_HOST must be set when MAIL_TRANSPORT=smtp');
  const secureValue = env.SMTP_SECURE || undefined;
  if (secureValue !== undefined && secureValue !== 'true' && secureValue !== 'false')
    throw new Error('SMTP_SECURE must be true or false');
  const port = Number(env.SMTP_PORT || (secureValue === 'true' ? 465 : 587));
  const secure = secureValue === undefined ? port === 465 : secureValue === 'true';
  const user = env.SMTP_USER || undefined;
  const pass = env.SMTP_PASSWORD || undefined;
  if ((user === undefined) !== (pass === undefined))
    throw new Error('SMTP_USER and SMTP_PASSWORD must be set together');
  return {
    transport: {
      kind: 'smtp',
      host,
      port,
      secure,
      ...(user !== undefined && pass !== undefined ? { auth: { user, pass } } : {}),
      from: env.MAIL_FROM || DEFAULT_MAIL_FROM,
    },
    publicUrl,
  };
}

/** The mailer chosen by configuration: SMTP when MAIL_TRANSPORT=smtp, else the dev mailbox. */
export function createMailer(env: NodeJS.ProcessEnv = process.env): Mailer {
  return mailerFor(mailConfigFromEnv(env));
}

export function mailerFor(config: MailConfig): Mailer {
  const { transport } = config;
  if (transport.kind === 'dev') return new DevMailbox();
  const { kind: _kind, ...options } = transport;
  return new SmtpMailer(options);
}
