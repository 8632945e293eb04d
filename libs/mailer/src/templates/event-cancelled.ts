import { formatInZone } from './links';
import type { Greeting, MailTemplate } from './mail-template';

/** To holders (later: ticket owners) whose seats were cancelled with the event. */
export type EventCancelledData = Greeting &
  Readonly<{
    eventTitle: string;
    startsAt: string;
    timeZone: string;
    /** The organizer's reason, as given. */
    reason: string;
    /** Seats the recipient held, over all their holds. */
    seats: number;
  }>;

export const eventCancelled: MailTemplate<EventCancelledData> = {
  subject: '{{eventTitle}} is cancelled',
  view: (data, links) => ({
    ...data,
    when: formatInZone(data.startsAt, data.timeZone),
    seatCount: data.seats === 1 ? '1 seat' : `${data.seats} seats`,
    link: links.myHolds,
  }),
  text: `Hi {{displayName}},

"{{eventTitle}}" on {{when}} is cancelled. The organizer's reason:

  {{reason}}

The {{seatCount}} you held are released; you have not been charged. Your holds: {{link}}`,
  html: `<p>Hi {{displayName}},</p>
<p><strong>{{eventTitle}}</strong> on {{when}} is cancelled. The organizer's reason:</p>
<blockquote style="margin:0 0 16px;padding:8px 16px;border-left:3px solid #ced4da;">{{reason}}</blockquote>
<p>The {{seatCount}} you held are released; you have not been charged.</p>
{{> button href=link label="See my holds"}}`,
};
