import { formatInZone } from './links';
import type { Greeting, MailTemplate } from './mail-template';

/** To someone on a waitlist: places were freed and are held for them until `expiresAt`. */
export type WaitlistOfferData = Greeting &
  Readonly<{
    eventTitle: string;
    timeZone: string;
    quantity: number;
    /** Seat labels of a seated offer ("Row B, seat 12"); empty for general admission. */
    seats: readonly string[];
    expiresAt: string;
  }>;

export const waitlistOffer: MailTemplate<WaitlistOfferData> = {
  subject: '{{eventTitle}}: your places from the waitlist are waiting',
  view: (data, links) => ({
    ...data,
    placeCount: data.quantity === 1 ? '1 place is' : `${data.quantity} places are`,
    until: formatInZone(data.expiresAt, data.timeZone),
    hasSeats: data.seats.length > 0,
    link: links.myHolds,
  }),
  text: `Hi {{displayName}},

places for "{{eventTitle}}" became free and you were next on the waitlist: {{placeCount}} held for you until {{until}}.
{{#if hasSeats}}

Your seats:
{{#each seats}}
- {{this}}
{{/each}}
{{/if}}

Book them from your holds before then; after that they go to the next person waiting. Your holds: {{link}}`,
  html: `<p>Hi {{displayName}},</p>
<p>places for <strong>{{eventTitle}}</strong> became free and you were next on the waitlist: <strong>{{placeCount}}</strong> held for you until <strong>{{until}}</strong>.</p>
{{#if hasSeats}}
<ul>
{{#each seats}}
<li>{{this}}</li>
{{/each}}
</ul>
{{/if}}
<p>Book them before then; after that they go to the next person waiting.</p>
{{> button href=link label="Book my places"}}`,
};
