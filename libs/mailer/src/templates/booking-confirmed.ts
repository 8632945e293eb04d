import { formatInZone } from './links';
import type { Greeting, MailTemplate } from './mail-template';

/** One ticket as the mail lists it: where it admits, for whom, the tier and its price. */
export type BookingConfirmedLine = Readonly<{ seat: string; attendee: string; tier: string; price: string }>;

/** To the buyer once a booking is confirmed (and again on "Resend tickets"); the tickets PDF is attached. */
export type BookingConfirmedData = Greeting &
  Readonly<{
    bookingId: string;
    /** The booking number printed on the tickets. */
    bookingNumber: string;
    eventTitle: string;
    startsAt: string;
    timeZone: string;
    venue: string;
    tickets: readonly BookingConfirmedLine[];
    /** Formatted, with currency ("EUR 50.00"), or "Free". */
    total: string;
    /** True for a resend: the subject says so. */
    resent: boolean;
  }>;

export const bookingConfirmed: MailTemplate<BookingConfirmedData> = {
  subject: '{{#if resent}}Your tickets again: {{else}}Your tickets: {{/if}}{{eventTitle}} (booking {{bookingNumber}})',
  view: (data, links) => ({
    ...data,
    when: formatInZone(data.startsAt, data.timeZone),
    ticketCount: data.tickets.length === 1 ? '1 ticket' : `${data.tickets.length} tickets`,
    link: links.booking(data.bookingId),
  }),
  text: `Hi {{displayName}},

your booking {{bookingNumber}} is confirmed: {{ticketCount}} for "{{eventTitle}}" on {{when}} at {{venue}}.

{{#each tickets}}
- {{seat}}, {{attendee}}: {{tier}}, {{price}}
{{/each}}

Total: {{total}}

Your tickets are attached as a PDF; show each QR code at the door. Your booking: {{link}}`,
  html: `<p>Hi {{displayName}},</p>
<p>Your booking <strong>{{bookingNumber}}</strong> is confirmed: {{ticketCount}} for <strong>{{eventTitle}}</strong> on {{when}} at {{venue}}.</p>
<ul>
{{#each tickets}}
<li>{{seat}}, {{attendee}}: {{tier}}, {{price}}</li>
{{/each}}
</ul>
<p>Total: <strong>{{total}}</strong></p>
<p>Your tickets are attached as a PDF; show each QR code at the door.</p>
{{> button href=link label="See my booking"}}`,
};
