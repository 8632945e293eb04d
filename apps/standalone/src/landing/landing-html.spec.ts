import { FIRST_SCREEN_CARDS, type LandingEvent, catalogScreen, escapeHtml, eventScreen } from './landing-html';
import { landingData } from './landing-data';
import { locale } from './landing-prerender';

const event: LandingEvent = {
  id: 'e1',
  title: 'Jazz <script>alert(1)</script> & friends',
  category: 'live-jazz',
  startsAt: '2026-12-12T21:00:00.000Z',
  venue: { name: 'Paradiso', city: 'Amsterdam', country: 'NL' },
  status: 'published',
  free: 3,
  priceMin: 2550,
  currency: 'EUR',
  description: 'A late-night quartet.\nWith "guests".',
  timeZone: 'Europe/Amsterdam',
  tags: ['jazz'],
};

describe('the prerendered first screen', () => {
  it('escapes every value it draws', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
    const html = catalogScreen({ items: [event], total: 1 }, [], new Date('2026-12-01T00:00:00Z'), 'en-GB');
    expect(html).not.toContain('<script>');
    expect(html).toContain('Jazz &lt;script&gt;alert(1)&lt;/script&gt; &amp; friends');
  });

  it('draws the catalog: heading, count, a card per event linking to its page, the price in the given language', () => {
    const html = catalogScreen(
      { items: [event, { ...event, id: 'e2', free: 0, held: 0 }], total: 30 },
      [{ slug: 'live-jazz', label: 'Live jazz' }],
      new Date('2026-12-01T00:00:00Z'),
      'en-GB',
    );
    expect(html).toContain('>Upcoming events</h1>');
    expect(html).toContain('>30 events</p>');
    expect(html).toContain('href="/events/e1"');
    expect(html).toContain('>Live jazz</span>');
    expect(html).toContain('>3 seats left</p>');
    expect(html).toContain('>Sold out</p>');
    expect(html).toContain('From €25.50');
    // The search form is a picture: nothing in it can be reached.
    expect(html).toMatch(/<div inert aria-hidden="true">/);
  });

  it("draws the first screen's cards only (the SPA draws the rest from the data)", () => {
    const items = Array.from({ length: FIRST_SCREEN_CARDS + 5 }, (_, i) => ({ ...event, id: `e${i}` }));
    const html = catalogScreen({ items, total: items.length }, [], new Date('2026-12-01T00:00:00Z'));
    expect(html.match(/<article /g)).toHaveLength(FIRST_SCREEN_CARDS);
  });

  it("leaves blank what the browser formats in its own zone: a card's date, a sale's opening", () => {
    const upcoming = { ...event, sales: { opensAt: '2026-12-10T10:00:00Z', closesAt: '2026-12-12T20:00:00Z' } };
    const html = catalogScreen({ items: [upcoming], total: 1 }, [], new Date('2026-12-01T00:00:00Z'), 'en-GB');
    expect(html).toMatch(/<time [^>]*datetime="2026-12-12T21:00:00.000Z">&nbsp;<\/time>/);
    expect(html).not.toContain('On sale');
    const ended = catalogScreen({ items: [upcoming], total: 1 }, [], new Date('2026-12-13T00:00:00Z'), 'en-GB');
    expect(ended).toContain('>Sales ended</p>');
  });

  it("draws an event's details in its own zone, the category's label from the slug when unlisted", () => {
    const html = eventScreen(event, [], 'en-GB');
    expect(html).toContain('>Live jazz</span>');
    expect(html).toMatch(/Saturday,? 12 December 2026 at 22:00 \(Europe\/Amsterdam\)/);
    expect(html).toContain('Paradiso, Amsterdam, Netherlands');
    expect(html).toContain('>About this event</h2>');
    expect(html).toContain('A late-night quartet.\nWith &quot;guests&quot;.');
  });

  it("leaves the times of an event without a zone blank (they are in the browser's)", () => {
    expect(eventScreen({ ...event, timeZone: undefined }, [], 'en-GB')).toMatch(
      /<time datetime="2026-12-12T21:00:00.000Z">&nbsp;<\/time>/,
    );
  });

  it('draws no event page it could not match: unpublished, with a cover', () => {
    expect(eventScreen({ ...event, status: 'cancelled' }, [])).toBeNull();
    const cover = {
      role: 'cover' as const,
      alt: '',
      variants: [{ name: 'card' as const, url: '/m/c.jpg', width: 800, height: 450 }],
    };
    expect(eventScreen({ ...event, images: [cover] }, [])).toBeNull();
  });

  it('leaves out an HTML description (the SPA sanitizes it)', () => {
    expect(eventScreen({ ...event, description: '<p>Hi</p>' }, [], 'en-GB')).not.toContain('About this event');
  });
});

describe('the landing data', () => {
  it('is JSON no value can break out of', () => {
    const html = landingData({ path: '/', at: 1, event: { title: '</script><script>alert(1)</script>\u2028' } });
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    const json = html.slice(html.indexOf('>') + 1, html.lastIndexOf('</script>'));
    expect(JSON.parse(json)).toEqual({
      path: '/',
      at: 1,
      event: { title: '</script><script>alert(1)</script>\u2028' },
    });
  });
});

describe("the request's language", () => {
  it('is the first one Intl knows, or none', () => {
    expect(locale('de-CH,de;q=0.9,en;q=0.8')).toBe('de-CH');
    expect(locale('*')).toBeUndefined();
    expect(locale(undefined)).toBeUndefined();
    expect(locale('not a locale!')).toBeUndefined();
  });
});
