import { InvalidMailError, type Mailer, type OutgoingMail } from '../mailer.port';
import { renderMail } from '../templates/render';

/** A mail as it reached the other side of the adapter. Bodies with `\n` line ends, trailing blanks trimmed. */
export type DeliveredMail = Readonly<{
  envelopeTo: readonly string[];
  /** Header names lower-cased (first value of each); subject decoded. */
  headers: Readonly<Record<string, string>>;
  subject: string;
  text: string;
  html: string;
}>;

export type MailerHarness = Readonly<{
  mailer: Mailer;
  /** Everything delivered so far, oldest first. */
  delivered: () => Promise<DeliveredMail[]>;
  /** The same adapter configured so that its transport refuses it (wrong password); absent if nothing can refuse. */
  refused?: () => Mailer;
  close?: () => Promise<void>;
}>;

export const normaliseBody = (body: string) => body.replace(/\r\n/g, '\n').trimEnd();

const PUBLIC_URL = 'https://tickets.example.org';

export type MailerContractOptions = Readonly<{
  /** The adapter talks to a server that can refuse it (then the harness gives `refused`). */
  transportCanRefuse?: boolean;
}>;

/** What every Mailer adapter must do with a mail: deliver it whole, or refuse it before sending. */
export function mailerContract(
  name: string,
  open: () => Promise<MailerHarness>,
  options: MailerContractOptions = {},
): void {
  describe(`Mailer contract: ${name}`, () => {
    let harness: MailerHarness | undefined;
    const h = () => {
      if (harness === undefined) throw new Error('harness not open');
      return harness;
    };
    beforeAll(async () => {
      harness = await open();
    });
    afterAll(async () => {
      await harness?.close?.();
    });

    async function sendAndReceive(message: OutgoingMail) {
      const before = (await h().delivered()).length;
      const receipt = await h().mailer.send(message);
      const after = await h().delivered();
      expect(after).toHaveLength(before + 1);
      return { receipt, mail: after[before]! };
    }

    async function expectRefused(message: OutgoingMail, field: keyof OutgoingMail) {
      const before = (await h().delivered()).length;
      const refusal = h().mailer.send(message);
      await expect(refusal).rejects.toBeInstanceOf(InvalidMailError);
      await expect(refusal).rejects.toMatchObject({ field });
      expect(await h().delivered()).toHaveLength(before);
    }

    const plain = (overrides: Partial<OutgoingMail> = {}): OutgoingMail => ({
      to: 'ada@example.com',
      subject: 'Plain subject',
      text: 'Plain text',
      html: '<p>Plain html</p>',
      ...overrides,
    });

    it('delivers a rendered mail to its one recipient with subject, text and HTML parts', async () => {
      const rendered = renderMail(
        'verify-email',
        { displayName: 'Ada', token: 'tok-123', expiresAt: '2030-01-02T03:04:05Z' },
        { publicUrl: PUBLIC_URL },
      );
      const { receipt, mail } = await sendAndReceive({ to: 'ada@example.com', ...rendered });
      expect(receipt.id).toEqual(expect.any(String));
      expect(receipt.id).not.toBe('');
      expect(mail.envelopeTo).toEqual(['ada@example.com']);
      expect(mail.headers.to).toContain('ada@example.com');
      expect(mail.subject).toBe('Confirm your e-mail address');
      expect(mail.text).toBe(normaliseBody(rendered.text));
      expect(mail.text).toContain(`${PUBLIC_URL}/verify-email?token=tok-123`);
      expect(mail.text).toContain('2030-01-02 03:04 UTC');
      expect(mail.html).toBe(normaliseBody(rendered.html));
      expect(mail.html).toContain('<!doctype html>');
      expect(mail.html).toContain(`href="${PUBLIC_URL}/verify-email?token&#x3D;tok-123"`);
    });

    it('gives every mail its own id', async () => {
      const first = await sendAndReceive(plain());
      const second = await sendAndReceive(plain());
      expect(first.receipt.id).not.toBe(second.receipt.id);
    });

    it('keeps UTF-8 intact in the subject and both bodies', async () => {
      const subject = 'Café confirmé ✓ — Zoë 🎫';
      const text = 'Déjà vu: ✓ réservé pour Zoë.\nSecond line ünïcödé 🎫';
      const html = '<p>Déjà vu: <strong>✓ réservé</strong> pour Zoë 🎫</p>';
      const { mail } = await sendAndReceive(plain({ subject, text, html }));
      expect(mail.subject).toBe(subject);
      expect(mail.text).toBe(text);
      expect(mail.html).toBe(html);
    });

    it('delivers long lines unbroken and escaped data as sent', async () => {
      const long = `${'x'.repeat(1500)} ${'é✓'.repeat(400)}`;
      const rendered = renderMail(
        'event-changed',
        {
          displayName: '<script>alert(1)</script> & Co',
          eventId: 'ev 1',
          eventTitle: 'Jazz & "Blues"',
          timeZone: 'UTC',
          changes: {
            venue: {
              before: { name: 'Old Hall', city: 'Porto', country: 'PT' },
              after: { name: long, city: 'Porto', country: 'PT' },
            },
          },
        },
        { publicUrl: PUBLIC_URL },
      );
      const { mail } = await sendAndReceive({ to: 'ada@example.com', ...rendered });
      expect(mail.subject).toBe('Jazz & "Blues": the event has changed');
      expect(mail.text).toContain(`- Venue: ${long}, Porto, PT (was Old Hall, Porto, PT)`);
      expect(mail.text).toContain('Hi <script>alert(1)</script> & Co,');
      expect(mail.html).toContain(`<li><strong>Venue:</strong> ${long}, Porto, PT <span`);
      expect(mail.html).toContain('Hi &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co,');
      expect(mail.html).not.toContain('<script>');
      expect(mail.html).toContain(`${PUBLIC_URL}/events/ev%201`);
    });

    it('refuses a subject with line breaks before sending, so it cannot add headers', async () => {
      await expectRefused(plain({ subject: 'Hello\r\nBcc: eve@example.com' }), 'subject');
      await expectRefused(plain({ subject: 'Hello\nBcc: eve@example.com' }), 'subject');
      await expectRefused(plain({ subject: 'Hello\rBcc: eve@example.com' }), 'subject');
      await expectRefused(plain({ subject: '   ' }), 'subject');
    });

    it('refuses a recipient that is not exactly one address', async () => {
      await expectRefused(plain({ to: 'ada@example.com\r\nBcc: eve@example.com' }), 'to');
      await expectRefused(plain({ to: 'ada@example.com\nSubject: forged' }), 'to');
      await expectRefused(plain({ to: 'ada@example.com, eve@example.com' }), 'to');
      await expectRefused(plain({ to: 'Eve <eve@example.com>' }), 'to');
      await expectRefused(plain({ to: 'not-an-address' }), 'to');
      await expectRefused(plain({ to: '' }), 'to');
    });

    it('delivers a subject that merely looks like a header as text, adding no header', async () => {
      const { mail } = await sendAndReceive(plain({ subject: 'Bcc: eve@example.com' }));
      expect(mail.subject).toBe('Bcc: eve@example.com');
      expect(mail.headers.bcc).toBeUndefined();
      expect(mail.envelopeTo).toEqual(['ada@example.com']);
    });

    // Only where something can refuse: the dev mailbox has no transport (not a skip, so CI sees no skips).
    if (options.transportCanRefuse === true)
      it('rejects send() when the transport refuses it (wrong password), delivering nothing', async () => {
        const refused = h().refused;
        if (refused === undefined) throw new Error('the harness must give `refused` when the transport can refuse');
        const before = (await h().delivered()).length;
        await expect(refused().send(plain())).rejects.toThrow();
        expect(await h().delivered()).toHaveLength(before);
      });
  });
}
