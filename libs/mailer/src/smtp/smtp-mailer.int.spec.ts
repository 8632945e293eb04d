import { mailerContract, normaliseBody } from '../contract/mailer.contract';
import { parseMessage } from '../contract/mime';
import { type SmtpTestServer, startSmtpTestServer } from '../contract/smtp-test-server';
import { SmtpMailer } from './smtp-mailer';

const credentials = { user: 'mailer-test', password: 'correct horse battery staple' };

/** Against a real SMTP server (`smtp-server`, in this process) on a free loopback port. */
mailerContract(
  'SMTP (nodemailer) against smtp-server',
  async () => {
    const server = await startSmtpTestServer(credentials);
    const connect = (pass: string) =>
      new SmtpMailer({
        host: server.host,
        port: server.port,
        secure: false,
        auth: { user: credentials.user, pass },
        from: 'Seatwise <no-reply@seatwise.test>',
      });
    const mailer = connect(credentials.password);
    const wrong = connect('wrong password');
    return {
      mailer,
      delivered: async () =>
        server.received.map((message) => {
          const parsed = parseMessage(message.raw);
          return {
            envelopeTo: message.envelopeTo,
            headers: parsed.headers,
            subject: parsed.headers.subject ?? '',
            text: normaliseBody(parsed.text ?? ''),
            html: normaliseBody(parsed.html ?? ''),
          };
        }),
      refused: () => wrong,
      close: async () => {
        mailer.close();
        wrong.close();
        await server.stop();
      },
    };
  },
  { transportCanRefuse: true },
);

describe('SmtpMailer beyond the contract', () => {
  let server: SmtpTestServer;
  beforeAll(async () => {
    server = await startSmtpTestServer(credentials);
  });
  afterAll(() => server.stop());

  const mailer = (overrides: Partial<ConstructorParameters<typeof SmtpMailer>[0]> = {}) =>
    new SmtpMailer({
      host: server.host,
      port: server.port,
      secure: false,
      auth: { user: credentials.user, pass: credentials.password },
      from: 'Seatwise <no-reply@seatwise.test>',
      ...overrides,
    });

  it('sends From, authenticates as the configured user and names the template in a header', async () => {
    const smtp = mailer();
    const { id } = await smtp.send({
      to: 'ada@example.com',
      subject: 's',
      text: 't',
      html: 'h',
      template: 'verify-email',
    });
    smtp.close();
    const message = server.received.at(-1)!;
    const parsed = parseMessage(message.raw);
    expect(message.user).toBe(credentials.user);
    expect(parsed.headers.from).toBe('Seatwise <no-reply@seatwise.test>');
    expect(parsed.headers['x-mail-template']).toBe('verify-email');
    expect(parsed.headers['message-id']).toBe(id);
    expect(parsed.headerNames.filter((name) => name === 'subject')).toHaveLength(1);
  });

  it('sends attachments as MIME parts with their name, type and bytes', async () => {
    const smtp = mailer();
    const content = Buffer.from('%PDF-1.7 tickets');
    await smtp.send({
      to: 'ada@example.com',
      subject: 's',
      text: 't',
      html: 'h',
      attachments: [{ filename: 'tickets-0190A1B2.pdf', contentType: 'application/pdf', content }],
    });
    smtp.close();
    const raw = server.received.at(-1)!.raw.toString('latin1');
    expect(raw).toMatch(/Content-Type: application\/pdf; name=tickets-0190A1B2\.pdf/);
    expect(raw).toMatch(/Content-Disposition: attachment; filename=tickets-0190A1B2\.pdf/);
    expect(raw).toContain(content.toString('base64'));
  });

  it('verifies credentials without sending', async () => {
    const good = mailer();
    const bad = mailer({ auth: { user: credentials.user, pass: 'nope' } });
    await expect(good.verify()).resolves.toBeUndefined();
    await expect(bad.verify()).rejects.toThrow();
    good.close();
    bad.close();
  });

  it('rejects send() when no server listens', async () => {
    const stopped = await startSmtpTestServer(credentials);
    await stopped.stop();
    const smtp = mailer({ port: stopped.port, timeoutsMs: { connection: 2000 } });
    await expect(smtp.send({ to: 'ada@example.com', subject: 's', text: 't', html: 'h' })).rejects.toThrow();
  });

  it('refuses a From that could inject headers, and a bad port', () => {
    expect(() => mailer({ from: 'a@example.com\r\nBcc: eve@example.com' })).toThrow(/MAIL_FROM/);
    expect(() => mailer({ port: 0 })).toThrow(/port/);
  });
});
