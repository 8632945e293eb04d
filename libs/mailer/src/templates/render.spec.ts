import { MAIL_TEMPLATES, MailRenderer, type MailTemplateData, type MailTemplateName, renderMail } from './render';
import { formatInZone, formatUtc, mailLinks } from './links';

const publicUrl = 'https://tickets.example.org/';
const examples: { [N in MailTemplateName]: MailTemplateData[N] } = {
  'verify-email': { displayName: 'Ada', token: 'a/b+c', expiresAt: '2030-05-06T07:08:09Z' },
  'already-registered': { displayName: 'Ada', attemptedAt: new Date('2030-05-06T07:08:09Z') },
  'password-reset': { displayName: 'Ada', token: 'r1', expiresAt: '2030-05-06T07:08:09Z' },
  'password-changed': { displayName: 'Ada', changedAt: '2030-05-06T07:08:09Z' },
  'account-locked': { displayName: 'Ada', lockedUntil: '2030-05-06T07:08:09Z' },
  'event-changed': {
    displayName: 'Ada',
    eventId: 'e1',
    eventTitle: 'Jazz night',
    timeZone: 'Europe/Lisbon',
    changes: {
      startsAt: { before: '2030-06-01T19:00:00Z', after: '2030-06-01T20:30:00Z' },
      endsAt: { after: '2030-06-01T23:00:00Z' },
      venue: {
        before: { name: 'Old Hall', city: 'Porto', country: 'PT' },
        after: { name: 'New Hall', address: 'Rua Nova 1', city: 'Lisbon', country: 'PT' },
      },
    },
  },
  'event-cancelled': {
    displayName: 'Ada',
    eventTitle: 'Jazz night',
    startsAt: '2030-12-01T19:00:00Z',
    timeZone: 'Europe/Lisbon',
    reason: 'The band is ill',
    seats: 3,
  },
  'booking-confirmed': {
    displayName: 'Ada',
    bookingId: '0190a1b2-0000-7000-8000-000000000001',
    bookingNumber: '0190A1B2',
    eventTitle: 'Night Concert',
    startsAt: '2030-06-01T19:00:00.000Z',
    timeZone: 'Europe/London',
    venue: 'Hall, London, GB',
    tickets: [{ seat: 'Section Stalls · Row A · Seat 1', attendee: 'Ada', tier: 'Standard', price: '€30.00' }],
    total: '€30.00',
    resent: false,
  },
  'waitlist-offer': {
    displayName: 'Ada',
    eventTitle: 'Night Concert',
    timeZone: 'Europe/London',
    quantity: 2,
    seats: ['Section stalls · Row B · Seat 12', 'Section stalls · Row B · Seat 13'],
    expiresAt: '2030-06-01T12:30:00.000Z',
  },
  'ticket-received': {
    displayName: 'Ada',
    bookingNumber: '0190A1B2',
    eventTitle: 'Night Concert',
    startsAt: '2030-06-01T19:00:00.000Z',
    timeZone: 'Europe/London',
    venue: 'Hall, London, GB',
    seat: 'Section Stalls · Row A · Seat 1',
    tier: 'Standard',
    transferred: true,
    fromName: 'Grace',
  },
  'ticket-transferred': {
    displayName: 'Ada',
    bookingId: '0190a1b2-0000-7000-8000-000000000001',
    bookingNumber: '0190A1B2',
    eventTitle: 'Night Concert',
    startsAt: '2030-06-01T19:00:00.000Z',
    timeZone: 'Europe/London',
    venue: 'Hall, London, GB',
    seat: 'General admission',
    tier: 'Standard',
    toName: 'Bob <b>',
    toEmail: 'bob@example.com',
  },
  'group-request-received': {
    displayName: 'Ada',
    eventId: 'e1',
    eventTitle: 'Jazz',
    requesterName: 'Grace',
    quantity: 40,
    maxPerOrder: 10,
    message: 'Our choir',
  },
  'group-request-decided': {
    displayName: 'Ada',
    eventId: 'e1',
    eventTitle: 'Jazz',
    quantity: 40,
    approved: true,
    reason: '',
    validUntil: '2030-05-06T07:08:00.000Z',
  },
  'member-tickets': {
    displayName: 'Ada',
    buyerName: 'Grace',
    bookingNumber: 'ABCD1234',
    eventId: 'e1',
    eventTitle: 'Jazz',
    when: 'Sat 1 Jun 2030, 20:00',
    venue: 'Hall, London, GB',
    seats: ['Section Stalls · Row A · Seat 1'],
  },
};

describe('renderMail', () => {
  it.each(Object.keys(MAIL_TEMPLATES) as MailTemplateName[])(
    'renders %s into subject, text and framed HTML',
    (name) => {
      const mail = renderMail(name, examples[name] as never, { publicUrl });
      expect(mail.template).toBe(name);
      expect(mail.subject).not.toMatch(/[\r\n]|\{\{/);
      expect(mail.text).toMatch(/^Hi Ada,\n/);
      expect(mail.text).toContain('Seatwise · https://tickets.example.org/');
      expect(mail.text).not.toContain('{{');
      expect(mail.html).toMatch(/^<!doctype html>/);
      expect(mail.html).toContain(`<title>${mail.subject.replace(/"/g, '&quot;')}</title>`);
      expect(mail.html).toContain('<p>Hi Ada,</p>');
      expect(mail.html).not.toContain('{{');
    },
  );

  it("tells a ticket's new holder who gave it to them, and the buyer whom it went to (escaped in HTML)", () => {
    const received = renderMail('ticket-received', examples['ticket-received'], { publicUrl });
    expect(received.subject).toBe('A ticket for you: Night Concert');
    expect(received.text).toContain('Grace gave you a ticket for "Night Concert"');
    const reissued = renderMail(
      'ticket-received',
      { ...examples['ticket-received'], transferred: false },
      { publicUrl },
    );
    expect(reissued.subject).toBe('Your new ticket: Night Concert');
    expect(reissued.text).toContain('The previous code no longer admits.');
    const notice = renderMail('ticket-transferred', examples['ticket-transferred'], { publicUrl });
    expect(notice.text).toContain('now belongs to Bob <b> <bob@example.com>');
    expect(notice.html).toContain('Bob &lt;b&gt; &lt;bob@example.com&gt;');
    expect(notice.text).toContain('https://tickets.example.org/bookings/0190a1b2-0000-7000-8000-000000000001');
  });

  it('builds links under the public URL with the token encoded, and states the expiry in UTC', () => {
    const mail = renderMail('verify-email', examples['verify-email'], { publicUrl });
    expect(mail.text).toContain('https://tickets.example.org/verify-email?token=a%2Fb%2Bc');
    expect(mail.text).toContain('until 2030-05-06 07:08 UTC');
    const reset = renderMail('password-reset', examples['password-reset'], { publicUrl });
    expect(reset.text).toContain('https://tickets.example.org/reset-password?token=r1');
    const registered = renderMail('already-registered', examples['already-registered'], { publicUrl });
    expect(registered.text).toContain('https://tickets.example.org/login');
    expect(registered.text).toContain('https://tickets.example.org/forgot-password\n');
  });

  it('escapes data in the HTML part and leaves the text part readable', () => {
    const mail = renderMail(
      'event-changed',
      {
        displayName: '<b>Eve</b>',
        eventId: 'e/1',
        eventTitle: `"Rock" & <Roll>'s`,
        timeZone: 'UTC',
        changes: {
          venue: {
            before: { name: 'Hall', city: 'Oslo', country: 'NO' },
            after: { name: '<img src=x onerror=alert(1)>', city: 'Oslo', country: 'NO' },
          },
        },
      },
      { publicUrl },
    );
    expect(mail.html).not.toMatch(/<b>Eve|<img|<Roll>/);
    expect(mail.html).toContain('&lt;b&gt;Eve&lt;/b&gt;');
    expect(mail.html).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    expect(mail.html).toContain('&quot;Rock&quot; &amp; &lt;Roll&gt;&#x27;s');
    expect(mail.html).toContain('https://tickets.example.org/events/e%2F1');
    expect(mail.text).toContain('- Venue: <img src=x onerror=alert(1)>, Oslo, NO (was Hall, Oslo, NO)');
    expect(mail.subject).toBe(`"Rock" & <Roll>'s: the event has changed`);
  });

  it('flattens line breaks that data brings into the subject', () => {
    const mail = renderMail(
      'event-changed',
      { ...examples['event-changed'], eventTitle: 'Jazz\r\nBcc: eve@example.com' },
      { publicUrl },
    );
    expect(mail.subject).toBe('Jazz Bcc: eve@example.com: the event has changed');
  });

  it('fails loudly on missing data and on an unknown template', () => {
    expect(() => renderMail('verify-email', { displayName: 'Ada' } as never, { publicUrl })).toThrow();
    expect(() => renderMail('nope' as never, {} as never, { publicUrl })).toThrow(/unknown mail template/);
  });

  it('MailRenderer binds the public URL and refuses one that is not http(s)', () => {
    const renderer = new MailRenderer({ publicUrl: 'http://127.0.0.1:3000' });
    expect(renderer.render('password-reset', examples['password-reset']).text).toContain(
      'http://127.0.0.1:3000/reset-password?token=r1',
    );
    expect(() => new MailRenderer({ publicUrl: 'javascript:alert(1)' })).toThrow(/PUBLIC_URL/);
    expect(() => new MailRenderer({ publicUrl: 'not a url' })).toThrow(/PUBLIC_URL/);
  });
});

describe('event mails', () => {
  it('says what moved, old and new, in the event’s own time zone', () => {
    const mail = renderMail('event-changed', examples['event-changed'], { publicUrl });
    // Lisbon is on summer time (UTC+1) in June.
    expect(mail.text).toContain(
      '- Starts: Sat, 1 Jun 2030, 21:30 WEST (Europe/Lisbon) (was Sat, 1 Jun 2030, 20:00 WEST (Europe/Lisbon))',
    );
    expect(mail.text).toContain('- Ends: Sun, 2 Jun 2030, 00:00 WEST (Europe/Lisbon) (was not set)');
    expect(mail.text).toContain('- Venue: New Hall, Rua Nova 1, Lisbon, PT (was Old Hall, Porto, PT)');
    expect(mail.text).toContain('https://tickets.example.org/events/e1');
  });

  it('mentions only what changed', () => {
    const mail = renderMail(
      'event-changed',
      { ...examples['event-changed'], changes: { venue: examples['event-changed'].changes.venue } },
      { publicUrl },
    );
    expect(mail.text).not.toMatch(/Starts|Ends/);
    expect(mail.text).toContain('- Venue:');
  });

  it('gives the cancellation reason, the date in the event’s zone and the seats released', () => {
    const mail = renderMail('event-cancelled', examples['event-cancelled'], { publicUrl });
    expect(mail.subject).toBe('Jazz night is cancelled');
    expect(mail.text).toContain('"Jazz night" on Sun, 1 Dec 2030, 19:00 WET (Europe/Lisbon) is cancelled');
    expect(mail.text).toContain('  The band is ill');
    expect(mail.text).toContain('The 3 seats you held are released');
    expect(mail.text).toContain('https://tickets.example.org/holds');
    expect(mail.html).toContain('<blockquote');
  });
});

describe('links and times', () => {
  it('keeps a path prefix and drops trailing slashes', () => {
    expect(mailLinks('https://example.org/seatwise//').signIn).toBe('https://example.org/seatwise/login');
  });

  it('formats times in UTC and refuses invalid ones', () => {
    expect(formatUtc(new Date('2030-01-02T23:59:59+02:00'))).toBe('2030-01-02 21:59 UTC');
    expect(() => formatUtc('yesterday')).toThrow(/not a valid time/);
  });

  it('formats event times in their zone, in UTC for UTC or an unknown zone', () => {
    expect(formatInZone('2030-01-02T23:59:00Z', 'Asia/Tokyo')).toBe('Thu, 3 Jan 2030, 08:59 GMT+9 (Asia/Tokyo)');
    expect(formatInZone('2030-01-02T23:59:00Z', 'UTC')).toBe('2030-01-02 23:59 UTC');
    expect(formatInZone('2030-01-02T23:59:00Z', 'Mars/Olympus')).toBe('2030-01-02 23:59 UTC');
  });
});

describe('the booking confirmation', () => {
  it('lists the tickets, links the booking page and says when it is a resend', () => {
    const mail = renderMail('booking-confirmed', examples['booking-confirmed'], { publicUrl });
    expect(mail.subject).toBe('Your tickets: Night Concert (booking 0190A1B2)');
    expect(mail.text).toContain('- Section Stalls · Row A · Seat 1, Ada: Standard, €30.00');
    expect(mail.text).toContain('https://tickets.example.org/bookings/0190a1b2-0000-7000-8000-000000000001');
    const again = renderMail('booking-confirmed', { ...examples['booking-confirmed'], resent: true }, { publicUrl });
    expect(again.subject).toBe('Your tickets again: Night Concert (booking 0190A1B2)');
  });
});

describe('the waitlist offer mail', () => {
  it('names the places, the seats and when the offer ends, in the event’s zone', () => {
    const mail = renderMail('waitlist-offer', examples['waitlist-offer'], { publicUrl });
    expect(mail.subject).toBe('Night Concert: your places from the waitlist are waiting');
    expect(mail.text).toContain('2 places are held for you until');
    expect(mail.text).toContain('13:30'); // 12:30 UTC is 13:30 in London in June
    expect(mail.text).toContain('- Section stalls · Row B · Seat 13');
    expect(mail.text).toContain('https://tickets.example.org/holds');
  });

  it('has no seat list for general admission', () => {
    const mail = renderMail('waitlist-offer', { ...examples['waitlist-offer'], quantity: 1, seats: [] }, { publicUrl });
    expect(mail.text).toContain('1 place is held for you');
    expect(mail.html).not.toContain('<ul>');
  });
});
