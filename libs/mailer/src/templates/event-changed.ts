import { formatInZone } from './links';
import type { Greeting, MailTemplate } from './mail-template';

export type MailVenue = Readonly<{ name: string; city: string; country: string; address?: string }>;

/** To holders (later: ticket owners) when the organizer moves the time or place of a published event. */
export type EventChangedData = Greeting &
  Readonly<{
    eventId: string;
    eventTitle: string;
    /** IANA zone the times are shown in (the event's own). */
    timeZone: string;
    /** Only what changed; a missing `before` means it was not set. */
    changes: Readonly<{
      startsAt?: { before: string; after: string };
      endsAt?: { before?: string; after?: string };
      venue?: { before: MailVenue; after: MailVenue };
    }>;
  }>;

const place = (venue: MailVenue) =>
  [venue.name, venue.address, venue.city, venue.country].filter((part) => part && part.trim() !== '').join(', ');
const time = (iso: string | undefined, zone: string) => (iso ? formatInZone(iso, zone) : 'not set');

/** One line per change: what it was, what it is now. */
function changeLines({ changes, timeZone }: EventChangedData) {
  const lines: { label: string; before: string; after: string }[] = [];
  if (changes.startsAt)
    lines.push({
      label: 'Starts',
      before: time(changes.startsAt.before, timeZone),
      after: time(changes.startsAt.after, timeZone),
    });
  if (changes.endsAt)
    lines.push({
      label: 'Ends',
      before: time(changes.endsAt.before, timeZone),
      after: time(changes.endsAt.after, timeZone),
    });
  if (changes.venue)
    lines.push({ label: 'Venue', before: place(changes.venue.before), after: place(changes.venue.after) });
  return lines;
}

export const eventChanged: MailTemplate<EventChangedData> = {
  subject: '{{eventTitle}}: the event has changed',
  view: (data, links) => ({ ...data, lines: changeLines(data), link: links.event(data.eventId) }),
  text: `Hi {{displayName}},

the organizer of "{{eventTitle}}" changed the event you hold seats for:

{{#each lines}}
- {{label}}: {{after}} (was {{before}})
{{/each}}

Your seats stay yours. If the change does not suit you, you can release them. Details: {{link}}`,
  html: `<p>Hi {{displayName}},</p>
<p>the organizer of <strong>{{eventTitle}}</strong> changed the event you hold seats for:</p>
<ul>
{{#each lines}}
<li><strong>{{label}}:</strong> {{after}} <span style="color:#6a737d;">(was <s>{{before}}</s>)</span></li>
{{/each}}
</ul>
<p>Your seats stay yours. If the change does not suit you, you can release them.</p>
{{> button href=link label="See the event"}}`,
};
