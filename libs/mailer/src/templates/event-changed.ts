import type { Greeting, MailTemplate } from './mail-template';

/** To attendees holding tickets when the organizer changes what they booked (date, venue, …). */
export type EventChangedData = Greeting &
  Readonly<{
    eventId: string;
    eventTitle: string;
    /** One human sentence per change, e.g. "Starts at 2025-06-01 20:00 UTC instead of 19:00". */
    changes: readonly string[];
  }>;

export const eventChanged: MailTemplate<EventChangedData> = {
  subject: '{{eventTitle}}: the event has changed',
  view: (data, links) => ({ ...data, link: links.event(data.eventId) }),
  text: `Hi {{displayName}},

the organizer of "{{eventTitle}}" changed the event you booked:

{{#each changes}}
- {{this}}
{{/each}}

Your tickets stay valid. Details: {{link}}`,
  html: `<p>Hi {{displayName}},</p>
<p>the organizer of <strong>{{eventTitle}}</strong> changed the event you booked:</p>
<ul>
{{#each changes}}
<li>{{this}}</li>
{{/each}}
</ul>
<p>Your tickets stay valid.</p>
{{> button href=link label="See the event"}}`,
};
