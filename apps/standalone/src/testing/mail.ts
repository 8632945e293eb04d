import { type CapturedMail, DevMailbox } from '@booking/mailer';
import type { TestApp } from './test-app';

export const mailboxOf = (t: TestApp) => t.app.get(DevMailbox, { strict: false });

/** Mails of one template to one address, oldest first. */
export const mailsTo = (t: TestApp, to: string, template: string): CapturedMail[] =>
  mailboxOf(t)
    .list({ to })
    .filter((m) => m.template === template)
    .reverse();

/** Waits (policies mail asynchronously) until `to` has `count` mails of `template`, then returns them. */
export async function waitForMails(
  t: TestApp,
  to: string,
  template: string,
  count = 1,
  timeoutMs = 10_000,
): Promise<CapturedMail[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = mailsTo(t, to, template);
    if (mails.length >= count) return mails;
    if (Date.now() > deadline)
      throw new Error(`expected ${count} ${template} mail(s) to ${to} within ${timeoutMs} ms, got ${mails.length}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
