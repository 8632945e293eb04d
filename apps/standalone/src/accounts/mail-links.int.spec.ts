import { MailRenderer } from '@booking/mailer';
import { mailsTo } from '../testing/mail';
import { type TestApp, startTestApp } from '../testing/test-app';

const register = (t: TestApp, email: string) =>
  t.call('POST', '/api/accounts', {
    body: { email, password: 'a long enough passphrase here', displayName: 'Linda' },
  });

describe('links in mails without PUBLIC_URL', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(); // PORT=0: the port is only known once listening, and it is not 3000
  });
  afterAll(async () => {
    await t.close();
  });

  it('point at the address the app listens on, in account mails', async () => {
    await register(t, 'linda@example.com');
    const [mail] = mailsTo(t, 'linda@example.com', 'verify-email');
    expect(mail.text).toContain(`${t.url}/verify-email?token=`);
  });

  it('point at the address the app listens on, in the projector’s notifications', () => {
    const mail = t.app.get(MailRenderer).render('password-changed', { displayName: 'L', changedAt: new Date() });
    expect(mail.text).toContain(`${t.url}/forgot-password`);
  });
});

describe('links in mails with PUBLIC_URL', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { PUBLIC_URL: 'https://tickets.example.org/' } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('point at the public origin, whatever the port', async () => {
    await register(t, 'lena@example.com');
    const [mail] = mailsTo(t, 'lena@example.com', 'verify-email');
    expect(mail.text).toContain('https://tickets.example.org/verify-email?token=');
    const notice = t.app.get(MailRenderer).render('password-changed', { displayName: 'L', changedAt: new Date() });
    expect(notice.text).toContain('https://tickets.example.org/forgot-password');
    const tickets = t.app.get(MailRenderer).render('booking-confirmed', {
      displayName: 'L',
      bookingId: 'b-1',
      bookingNumber: 'B1',
      eventTitle: 'E',
      startsAt: '2030-01-01T20:00:00.000Z',
      timeZone: 'UTC',
      venue: 'Hall',
      tickets: [],
      total: 'Free',
      resent: false,
    });
    expect(tickets.text).toContain('https://tickets.example.org/bookings/b-1');
  });
});
