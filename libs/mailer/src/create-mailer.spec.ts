import { createMailer, DEFAULT_MAIL_FROM, mailConfigFromEnv } from './create-mailer';
import { DevMailbox } from './dev-mailbox/dev-mailbox';
import { SmtpMailer } from './smtp/smtp-mailer';

describe('createMailer / mailConfigFromEnv', () => {
  it('captures mails in the dev mailbox unless MAIL_TRANSPORT=smtp', () => {
    expect(createMailer({})).toBeInstanceOf(DevMailbox);
    expect(createMailer({ MAIL_TRANSPORT: 'dev', SMTP_HOST: 'smtp.example.org' })).toBeInstanceOf(DevMailbox);
    expect(mailConfigFromEnv({}).publicUrl).toBe('http://127.0.0.1:3000');
  });

  it('reads the SMTP settings', () => {
    const env = {
      MAIL_TRANSPORT: 'smtp',
      SMTP_HOST: 'smtp.example.org',
      SMTP_PORT: '2525',
      SMTP_SECURE: 'false',
      SMTP_USER: 'u',
      SMTP_PASSWORD: 'p',
      MAIL_FROM: 'Tickets <tickets@example.org>',
      PUBLIC_URL: 'https://tickets.example.org/',
    };
    expect(mailConfigFromEnv(env)).toEqual({
      transport: {
        kind: 'smtp',
        host: 'smtp.example.org',
        port: 2525,
        secure: false,
        auth: { user: 'u', pass: 'p' },
        from: 'Tickets <tickets@example.org>',
      },
      publicUrl: 'https://tickets.example.org',
    });
    const mailer = createMailer(env);
    expect(mailer).toBeInstanceOf(SmtpMailer);
    (mailer as SmtpMailer).close();
  });

  it('defaults the port from SMTP_SECURE (587 STARTTLS, 465 TLS), and the sender', () => {
    const smtp = (extra: Record<string, string>) =>
      mailConfigFromEnv({ MAIL_TRANSPORT: 'smtp', SMTP_HOST: 'h', ...extra }).transport;
    expect(smtp({})).toEqual({ kind: 'smtp', host: 'h', port: 587, secure: false, from: DEFAULT_MAIL_FROM });
    expect(smtp({ SMTP_SECURE: 'true' })).toMatchObject({ port: 465, secure: true });
    expect(smtp({ SMTP_PORT: '465' })).toMatchObject({ port: 465, secure: true });
    expect(DEFAULT_MAIL_FROM).toBe('Seatwise <no-reply@seatwise.local>');
  });

  it('fails at start-up on a half-made configuration', () => {
    expect(() => mailConfigFromEnv({ MAIL_TRANSPORT: 'smpt' })).toThrow(/MAIL_TRANSPORT/);
    expect(() => mailConfigFromEnv({ MAIL_TRANSPORT: 'smtp' })).toThrow(/SMTP_HOST/);
    expect(() => mailConfigFromEnv({ MAIL_TRANSPORT: 'smtp', SMTP_HOST: 'h', SMTP_SECURE: 'yes' })).toThrow(
      /SMTP_SECURE/,
    );
    expect(() => mailConfigFromEnv({ MAIL_TRANSPORT: 'smtp', SMTP_HOST: 'h', SMTP_USER: 'u' })).toThrow(/together/);
    expect(() => createMailer({ MAIL_TRANSPORT: 'smtp', SMTP_HOST: 'h', SMTP_PORT: 'x' })).toThrow(/port/);
    expect(() => mailConfigFromEnv({ PUBLIC_URL: 'ftp://x' })).toThrow(/PUBLIC_URL/);
  });
});
