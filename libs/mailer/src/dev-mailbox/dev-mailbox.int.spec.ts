import { mailerContract, normaliseBody } from '../contract/mailer.contract';
import { InvalidMailError } from '../mailer.port';
import { DevMailbox } from './dev-mailbox';

mailerContract('dev mailbox', async () => {
  const mailbox = new DevMailbox();
  return {
    mailer: mailbox,
    delivered: async () =>
      mailbox
        .list()
        .reverse()
        .map((mail) => ({
          envelopeTo: [mail.to],
          headers: { to: mail.to, subject: mail.subject },
          subject: mail.subject,
          text: normaliseBody(mail.text),
          html: normaliseBody(mail.html),
        })),
  };
});

describe('DevMailbox beyond the contract', () => {
  const mail = (n: number) => ({ to: `u${n}@example.com`, subject: `s${n}`, text: 't', html: 'h' });

  it('lists newest first with id, sentAt and template, and filters by recipient', async () => {
    let clock = Date.parse('2030-01-01T00:00:00Z');
    const mailbox = new DevMailbox({ now: () => new Date((clock += 1000)) });
    const first = await mailbox.send({ ...mail(1), template: 'verify-email' });
    await mailbox.send(mail(2));
    expect(mailbox.list()).toEqual([
      {
        id: expect.any(String),
        to: 'u2@example.com',
        subject: 's2',
        text: 't',
        html: 'h',
        sentAt: '2030-01-01T00:00:02.000Z',
      },
      { ...mail(1), id: first.id, template: 'verify-email', sentAt: '2030-01-01T00:00:01.000Z' },
    ]);
    expect(mailbox.list({ to: 'U1@example.com' }).map((m) => m.id)).toEqual([first.id]);
  });

  it('keeps only the newest 500 mails', async () => {
    const mailbox = new DevMailbox();
    for (let n = 1; n <= 503; n++) await mailbox.send(mail(n));
    const listed = mailbox.list();
    expect(listed).toHaveLength(500);
    expect(listed[0]!.subject).toBe('s503');
    expect(listed[499]!.subject).toBe('s4');
  });

  it('keeps attachments with their bytes, and refuses a file name or type that could break the MIME part', async () => {
    const mailbox = new DevMailbox();
    const content = Buffer.from('%PDF-');
    await mailbox.send({
      ...mail(1),
      attachments: [{ filename: 'tickets.pdf', contentType: 'application/pdf', content }],
    });
    expect(mailbox.list()[0]!.attachments).toEqual([
      { filename: 'tickets.pdf', contentType: 'application/pdf', content },
    ]);
    const bad = [
      { filename: '../etc/passwd', contentType: 'application/pdf', content },
      { filename: 'a"\r\nBcc: x.pdf', contentType: 'application/pdf', content },
      { filename: 'ok.pdf', contentType: 'application/pdf\r\nX: y', content },
      { filename: 'ok.pdf', contentType: 'application/pdf', content: 'not a buffer' as unknown as Buffer },
      { filename: 'big.pdf', contentType: 'application/pdf', content: Buffer.alloc(5 * 1024 * 1024 + 1) },
    ];
    for (const attachment of bad)
      await expect(mailbox.send({ ...mail(2), attachments: [attachment] })).rejects.toThrow(InvalidMailError);
    expect(mailbox.list()).toHaveLength(1);
  });

  it('clears', async () => {
    const mailbox = new DevMailbox({ capacity: 2 });
    await mailbox.send(mail(1));
    mailbox.clear();
    expect(mailbox.list()).toEqual([]);
  });

  it('hands out copies the caller cannot use to alter what it holds', async () => {
    const mailbox = new DevMailbox();
    await mailbox.send(mail(1));
    mailbox.list().pop();
    expect(mailbox.list()).toHaveLength(1);
  });
});
