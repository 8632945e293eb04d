import { formatUtc } from './links';
import type { Greeting, MailTemplate } from './mail-template';

/** To the event's organizer: an attendee asks to hold more places at once than the per-order limit. */
export type GroupRequestReceivedData = Greeting &
  Readonly<{
    eventId: string;
    eventTitle: string;
    requesterName: string;
    quantity: number;
    maxPerOrder: number;
    /** The requester's message ('' for none). */
    message: string;
  }>;

export const groupRequestReceived: MailTemplate<GroupRequestReceivedData> = {
  subject: 'Group request: {{quantity}} places for {{eventTitle}}',
  view: (data, links) => ({ ...data, link: links.eventGroupRequests(data.eventId) }),
  text: `Hi {{displayName}},

{{requesterName}} asks to book {{quantity}} places together for "{{eventTitle}}" (the limit per order is {{maxPerOrder}}).
{{#if message}}
Their message:

  {{message}}
{{/if}}
Approve or decline it: {{link}}`,
  html: `<p>Hi {{displayName}},</p>
<p>{{requesterName}} asks to book <strong>{{quantity}} places</strong> together for <strong>{{eventTitle}}</strong> (the limit per order is {{maxPerOrder}}).</p>
{{#if message}}<p>Their message:</p>
<blockquote style="margin:0 0 16px;padding:8px 16px;border-left:3px solid #ced4da;">{{message}}</blockquote>{{/if}}
{{> button href=link label="Answer the request"}}`,
};

/** To the requester once the organizer approved or declined their group request. */
export type GroupRequestDecidedData = Greeting &
  Readonly<{
    eventId: string;
    eventTitle: string;
    quantity: number;
    approved: boolean;
    /** The organizer's note or reason ('' for none). */
    reason: string;
    /** When an approval runs out (approved only). */
    validUntil?: string;
  }>;

export const groupRequestDecided: MailTemplate<GroupRequestDecidedData> = {
  subject: '{{#if approved}}Approved{{else}}Declined{{/if}}: your group request for {{eventTitle}}',
  view: (data, links) => ({
    ...data,
    until: data.validUntil ? formatUtc(new Date(data.validUntil)) : '',
    link: links.event(data.eventId),
  }),
  text: `Hi {{displayName}},

{{#if approved}}your request for {{quantity}} places together for "{{eventTitle}}" is approved. Hold them in one go on the event page until {{until}}: {{link}}{{else}}your request for {{quantity}} places together for "{{eventTitle}}" was declined. You can still book up to the usual limit per order: {{link}}{{/if}}
{{#if reason}}
The organizer says:

  {{reason}}
{{/if}}`,
  html: `<p>Hi {{displayName}},</p>
{{#if approved}}<p>Your request for <strong>{{quantity}} places</strong> together for <strong>{{eventTitle}}</strong> is approved. Hold them in one go on the event page until {{until}}.</p>{{else}}<p>Your request for <strong>{{quantity}} places</strong> together for <strong>{{eventTitle}}</strong> was declined. You can still book up to the usual limit per order.</p>{{/if}}
{{#if reason}}<p>The organizer says:</p>
<blockquote style="margin:0 0 16px;padding:8px 16px;border-left:3px solid #ced4da;">{{reason}}</blockquote>{{/if}}
{{> button href=link label="Open the event"}}`,
};

/** To a member of a group booking whose e-mail the buyer gave: their own ticket(s), the PDF attached. */
export type MemberTicketsData = Greeting &
  Readonly<{
    buyerName: string;
    bookingNumber: string;
    eventId: string;
    eventTitle: string;
    when: string;
    venue: string;
    seats: readonly string[];
  }>;

export const memberTickets: MailTemplate<MemberTicketsData> = {
  subject: 'Your ticket for {{eventTitle}} (booking {{bookingNumber}})',
  view: (data, links) => ({
    ...data,
    ticketCount: data.seats.length === 1 ? 'a ticket' : `${data.seats.length} tickets`,
    link: links.event(data.eventId),
  }),
  text: `Hi {{displayName}},

{{buyerName}} booked {{ticketCount}} for you for "{{eventTitle}}" on {{when}} at {{venue}}:

{{#each seats}}
- {{this}}
{{/each}}

Your ticket is attached as a PDF; show its QR code at the door. The event: {{link}}`,
  html: `<p>Hi {{displayName}},</p>
<p>{{buyerName}} booked {{ticketCount}} for you for <strong>{{eventTitle}}</strong> on {{when}} at {{venue}}:</p>
<ul>
{{#each seats}}
<li>{{this}}</li>
{{/each}}
</ul>
<p>Your ticket is attached as a PDF; show its QR code at the door.</p>
{{> button href=link label="Open the event"}}`,
};
