import { formatInZone } from './links';
import type { Greeting, MailTemplate } from './mail-template';

/** What a ticket mail says about the event and the ticket. */
type TicketMailData = Greeting &
  Readonly<{
    bookingNumber: string;
    eventTitle: string;
    startsAt: string;
    timeZone: string;
    venue: string;
    /** Where it admits ("Stalls, row B, seat 12" or "General admission"). */
    seat: string;
    tier: string;
  }>;

/**
 * To a ticket's holder when it gets a new code: given to them by the buyer (`fromName`), or
 * reissued (lost). The ticket PDF is attached; the holder needs no account to use it.
 */
export type TicketReceivedData = TicketMailData & Readonly<{ transferred: boolean; fromName: string }>;

export const ticketReceived: MailTemplate<TicketReceivedData> = {
  subject: '{{#if transferred}}A ticket for you: {{else}}Your new ticket: {{/if}}{{eventTitle}}',
  view: (data) => ({ ...data, when: formatInZone(data.startsAt, data.timeZone) }),
  text: `Hi {{displayName}},

{{#if transferred}}{{fromName}} gave you a ticket for "{{eventTitle}}" on {{when}} at {{venue}}.{{else}}your ticket for "{{eventTitle}}" on {{when}} at {{venue}} was reissued: it has a new code.{{/if}}

- {{seat}}: {{tier}} (booking {{bookingNumber}})

The ticket is attached as a PDF; show its QR code at the door.{{#unless transferred}} The previous code no longer admits.{{/unless}}`,
  html: `<p>Hi {{displayName}},</p>
{{#if transferred}}<p>{{fromName}} gave you a ticket for <strong>{{eventTitle}}</strong> on {{when}} at {{venue}}.</p>{{else}}<p>Your ticket for <strong>{{eventTitle}}</strong> on {{when}} at {{venue}} was reissued: it has a new code.</p>{{/if}}
<ul><li>{{seat}}: {{tier}} (booking {{bookingNumber}})</li></ul>
<p>The ticket is attached as a PDF; show its QR code at the door.{{#unless transferred}} The previous code no longer admits.{{/unless}}</p>`,
};

/** To the buyer once a ticket of theirs went to another person. */
export type TicketTransferredData = TicketMailData & Readonly<{ bookingId: string; toName: string; toEmail: string }>;

export const ticketTransferred: MailTemplate<TicketTransferredData> = {
  subject: 'Ticket transferred: {{eventTitle}} (booking {{bookingNumber}})',
  view: (data, links) => ({
    ...data,
    when: formatInZone(data.startsAt, data.timeZone),
    link: links.booking(data.bookingId),
  }),
  text: `Hi {{displayName}},

your ticket for "{{eventTitle}}" on {{when}} ({{seat}}, {{tier}}) now belongs to {{toName}} <{{toEmail}}>, who has been mailed it. Its previous code no longer admits.

Your booking: {{link}}`,
  html: `<p>Hi {{displayName}},</p>
<p>Your ticket for <strong>{{eventTitle}}</strong> on {{when}} ({{seat}}, {{tier}}) now belongs to {{toName}} &lt;{{toEmail}}&gt;, who has been mailed it. Its previous code no longer admits.</p>
{{> button href=link label="See my booking"}}`,
};
