/**
 * The first screen of the SPA's catalog and event pages as static HTML, drawn with the markup and
 * class names Mantine gives the same components (web/src/features/catalog: CatalogPage, EventCard,
 * EventPage, EventDetails), so it looks as the SPA's own render and its text boxes have the same
 * sizes: the largest paint happens here, before any JavaScript, and the SPA's render (which
 * replaces it) paints nothing larger. It is a picture of the page, not the page: the search form is
 * inert and hidden from assistive technology until the SPA's own replaces it; links work.
 *
 * What the browser formats in its own time zone (a card's date, "On sale from …") is left blank
 * here: the server cannot know that zone. Everything else is formatted in the request's language.
 */

/** The parts of the API's answers drawn here (GET /api/events, /api/events/{id}, /api/categories). */
export type LandingVariant = { name: 'thumb' | 'card' | 'full'; url: string; width: number; height: number };
export type LandingImage = { role?: 'cover' | 'gallery'; alt: string; variants: LandingVariant[] };
export type LandingEventSummary = {
  id: string;
  title: string;
  category: string;
  startsAt: string;
  venue: { name: string; city: string; country: string; address?: string };
  status: string;
  free: number;
  held?: number;
  tags?: string[];
  priceMin?: number;
  priceMax?: number;
  currency?: string;
  cover?: LandingImage;
  sales?: { opensAt?: string; closesAt: string };
};
export type LandingEvent = LandingEventSummary & {
  description: string;
  images?: LandingImage[];
  endsAt?: string;
  timeZone?: string;
};
export type LandingEventList = { items: LandingEventSummary[]; total: number };
export type LandingCategory = { slug: string; label: string };

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

// The built-in categories' colours (web/src/features/catalog/categories.ts); others are grey.
const CATEGORY_COLORS: Record<string, string> = {
  music: 'grape',
  theatre: 'red',
  comedy: 'orange',
  sports: 'green',
  conference: 'blue',
  festival: 'pink',
  family: 'teal',
  film: 'indigo',
};
const categoryColor = (slug: string) => CATEGORY_COLORS[slug] ?? 'gray';
// The filled colours on which the theme's autoContrast (web/src/app/theme.ts) writes black, not white.
const DARK_TEXT_ON = new Set(['red', 'orange', 'green', 'teal']);
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const labelOf = (categories: LandingCategory[], slug: string) =>
  categories.find((c) => c.slug === slug)?.label ?? capitalize(slug.replace(/-/g, ' '));

/** A card's seat line (web/src/lib/format.ts seatsLeft). */
const seatsLeft = (free: number, held = 0) =>
  free <= 0 ? (held > 0 ? 'All seats held' : 'Sold out') : free === 1 ? '1 seat left' : `${free} seats left`;

/** "From €25.00", "Free", or null (web/src/features/catalog/EventCard.tsx priceLabel). */
function priceLabel(event: LandingEventSummary, locale: string | undefined): string | null {
  if (event.priceMin === undefined || !event.currency) return null;
  if (event.priceMin === 0 && (event.priceMax ?? 0) === 0) return 'Free';
  try {
    const format = new Intl.NumberFormat(locale, { style: 'currency', currency: event.currency });
    const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
    const amount = (event.priceMin / 10 ** digits).toFixed(digits);
    return `From ${format.format(amount as `${number}`)}`;
  } catch {
    return `From ${event.priceMin} ${event.currency}`;
  }
}

/** Whether a published event's sales are ahead, over, or on (web/src/features/catalog/salesStatus.ts). */
function salesState(event: LandingEventSummary, now: Date): 'upcoming' | 'ended' | 'open' | 'none' {
  if (event.status !== 'published' || !event.sales) return 'none';
  const { opensAt, closesAt } = event.sales;
  if (opensAt && now.getTime() < Date.parse(opensAt)) return 'upcoming';
  if (now.getTime() >= Date.parse(closesAt)) return 'ended';
  return 'open';
}

// Mantine's markup for the components the pages use (as @mantine/core 8 renders them).
const text = (size: 'sm' | undefined, style: string, content: string, tag = 'p', attributes = '') =>
  `<${tag} style="${size ? `--text-fz:var(--mantine-font-size-${size});--text-lh:var(--mantine-line-height-${size});` : ''}${style}" class="mantine-focus-auto m_b6d8b162 mantine-Text-root"${size ? ` data-size="${size}"` : ''}${attributes}>${content}</${tag}>`;
const stack = (gap: string, content: string, style = '', tag = 'div', attributes = '') =>
  `<${tag} style="--stack-gap:var(--mantine-spacing-${gap});--stack-align:stretch;--stack-justify:flex-start${style}" class="m_6d731127 mantine-Stack-root"${attributes}>${content}</${tag}>`;
const group = (gap: string, align: string, justify: string, wrap: string, content: string, style = '') =>
  `<div style="--group-gap:${gap};--group-align:${align};--group-justify:${justify};--group-wrap:${wrap}${style}" class="m_4081bf90 mantine-Group-root">${content}</div>`;
const title = (order: number, size: string, content: string, style = '', attributes = '') =>
  `<h${order} style="--title-fw:var(--mantine-${size}-font-weight);--title-lh:var(--mantine-${size}-line-height);--title-fz:var(--mantine-${size}-font-size)${style}" class="m_8a5d1357 mantine-Title-root"${size === `h${order}` ? '' : ` data-size="${size}"`} data-order="${order}"${attributes}>${content}</h${order}>`;
const badge = (color: string, variant: 'filled' | 'light', content: string, tag = 'div', style = '') =>
  `<${tag} style="--badge-bg:var(--mantine-color-${color}-${variant});--badge-color:var(--mantine-color-${variant === 'light' ? `${color}-light-color` : DARK_TEXT_ON.has(color) ? 'black' : 'white'});--badge-bd:calc(0.0625rem * var(--mantine-scale)) solid transparent${style}" class="m_347db0ec mantine-Badge-root" data-variant="${variant}"><span class="m_5add502a mantine-Badge-label">${content}</span></${tag}>`;
const container = (content: string) =>
  `<div style="--container-size:var(--container-size-lg);padding-inline:0rem" class="m_7485cace mantine-Container-root" data-size="lg" data-strategy="block">${content}</div>`;
/** AppShell's main area under the 60px header (index.html draws the header's frame). */
const shell = (content: string) =>
  `<div style="--app-shell-header-height:calc(3.75rem * var(--mantine-scale));--app-shell-header-offset:calc(3.75rem * var(--mantine-scale));--app-shell-padding:var(--mantine-spacing-md)" class="m_89ab340 mantine-AppShell-root" data-mode="fixed"><main class="m_8983817 mantine-AppShell-main">${content}</main></div>`;

const icon = (size: number, paths: string, style = '') =>
  `<svg width="${size}" height="${size}" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"${style ? ` style="${style}"` : ''}>${paths}</svg>`;
const calendarIcon = (size: number, style = '') =>
  icon(size, '<rect x="3" y="5" width="18" height="16" rx="2"></rect><path d="M16 3v4M8 3v4M3 10h18"></path>', style);
const mapPinIcon = (size: number, style = '') =>
  icon(
    size,
    '<path d="M12 21s-7-6.2-7-11.5a7 7 0 0 1 14 0C19 14.8 12 21 12 21z"></path><circle cx="12" cy="9.5" r="2.5"></circle>',
    style,
  );

/** The named variant, else the closest smaller one, else whatever there is (web/src/features/catalog/images.ts). */
function variantOf(image: LandingImage, name: LandingVariant['name']): LandingVariant | undefined {
  const order: LandingVariant['name'][] = ['thumb', 'card', 'full'];
  for (let i = order.indexOf(name); i >= 0; i -= 1) {
    const found = image.variants.find((v) => v.name === order[i]);
    if (found) return found;
  }
  return image.variants[0];
}
const srcSetOf = (image: LandingImage, names: LandingVariant['name'][]) =>
  image.variants
    .filter((v) => names.includes(v.name))
    .sort((a, b) => a.width - b.width)
    .map((v) => `${v.url} ${v.width}w`)
    .join(', ');

/** A card's cover, styled as EventMedia.module.css's `.cardImage` (its class name is the build's). */
function cardCover(image: LandingImage): string {
  const thumb = variantOf(image, 'thumb');
  if (!thumb) return '';
  return (
    `<div class="m_599a2148 mantine-Card-section" style="margin-bottom:var(--mantine-spacing-sm)">` +
    `<img style="display:block;width:100%;height:auto;aspect-ratio:16 / 9;object-fit:cover;background:var(--mantine-color-default-hover)"` +
    ` src="${escapeHtml(thumb.url)}" srcset="${escapeHtml(srcSetOf(image, ['thumb', 'card']))}"` +
    ` sizes="(min-width: 75em) 380px, (min-width: 48em) 50vw, 100vw" alt="${escapeHtml(image.alt)}"` +
    ` width="${thumb.width}" height="${thumb.height}" loading="lazy" decoding="async"></div>`
  );
}

function eventCard(event: LandingEventSummary, categories: LandingCategory[], now: Date, locale?: string): string {
  const state = salesState(event, now);
  // "On sale from <date>" is in the browser's zone: blank until the SPA draws it.
  const seats = state === 'upcoming' ? '&nbsp;' : state === 'ended' ? 'Sales ended' : seatsLeft(event.free, event.held);
  const soldOut = state !== 'upcoming' && state !== 'ended' && event.free <= 0;
  const price = priceLabel(event, locale);
  const href = `/events/${encodeURIComponent(event.id)}`;
  return (
    `<article style="--paper-radius:var(--mantine-radius-md);--card-padding:var(--mantine-spacing-lg);height:100%" class="m_e615b15f mantine-Card-root m_1b7284a3 mantine-Paper-root" data-with-border="true">` +
    (event.cover ? cardCover(event.cover) : '') +
    stack(
      'xs',
      group(
        'var(--mantine-spacing-xs)',
        'center',
        'space-between',
        'wrap',
        badge(categoryColor(event.category), 'filled', escapeHtml(labelOf(categories, event.category))) +
          text('sm', `${soldOut ? 'color:var(--mantine-color-error);' : ''}font-weight:600`, seats),
      ) +
        title(
          2,
          'h4',
          `<a style="color:inherit" class="mantine-focus-auto m_849cf0da m_b6d8b162 mantine-Text-root mantine-Anchor-root" data-underline="hover" href="${escapeHtml(href)}">${escapeHtml(event.title)}</a>`,
          ';line-height:1.3',
        ) +
        group(
          'calc(0.375rem * var(--mantine-scale))',
          'center',
          'flex-start',
          'nowrap',
          calendarIcon(16) + text('sm', '', '&nbsp;', 'time', ` datetime="${escapeHtml(event.startsAt)}"`),
          ';color:var(--mantine-color-dimmed)',
        ) +
        group(
          'calc(0.375rem * var(--mantine-scale))',
          'center',
          'flex-start',
          'nowrap',
          mapPinIcon(16) + text('sm', '', `${escapeHtml(event.venue.name)}, ${escapeHtml(event.venue.city)}`),
          ';color:var(--mantine-color-dimmed)',
        ) +
        (price ? text('sm', 'margin-top:auto;font-weight:600', escapeHtml(price)) : ''),
      ';height:100%',
    ) +
    `</article>`
  );
}

/**
 * The search form's first row as the SPA draws it on a phone (search, category, "More filters"),
 * a picture only: inert, hidden from assistive technology, nothing focusable.
 */
const searchFormPicture = () =>
  `<div inert aria-hidden="true">` +
  group(
    'var(--mantine-spacing-sm)',
    'flex-end',
    'flex-start',
    'wrap',
    `<div style="flex:1 1 240px" class="m_46b77525 mantine-InputWrapper-root mantine-TextInput-root" data-size="sm"><div style="--input-label-size:var(--mantine-font-size-sm)" class="m_8fdc1311 mantine-InputWrapper-label mantine-TextInput-label" data-size="sm">Search events</div><div style="--input-height:var(--input-height-sm);--input-fz:var(--mantine-font-size-sm)" class="m_6c018570 mantine-Input-wrapper mantine-TextInput-wrapper" data-variant="default" data-size="sm" data-with-left-section="true"><div data-position="left" class="m_82577fc2 mantine-Input-section mantine-TextInput-section">${icon(16, '<circle cx="11" cy="11" r="7"></circle><path d="m20 20-3.5-3.5"></path>')}</div><input class="m_8fb7ebe7 mantine-Input-input mantine-TextInput-input" data-variant="default" type="search" placeholder="Title, venue or city" tabindex="-1"></div></div>` +
      `<div style="flex:0 1 200px;min-width:160px" class="m_46b77525 mantine-InputWrapper-root mantine-NativeSelect-root" data-size="sm"><div style="--input-label-size:var(--mantine-font-size-sm)" class="m_8fdc1311 mantine-InputWrapper-label mantine-NativeSelect-label" data-size="sm">Category</div><div style="--input-height:var(--input-height-sm);--input-fz:var(--mantine-font-size-sm);--input-right-section-pointer-events:none" class="m_6c018570 mantine-Input-wrapper mantine-NativeSelect-wrapper" data-variant="default" data-size="sm" data-pointer="true" data-with-right-section="true"><select class="m_8fb7ebe7 mantine-Input-input mantine-NativeSelect-input" data-variant="default" tabindex="-1"><option value="">All categories</option></select></div></div>` +
      `<button type="button" tabindex="-1" style="--button-bg:var(--mantine-color-default);--button-hover:var(--mantine-color-default-hover);--button-color:var(--mantine-color-default-color);--button-bd:calc(0.0625rem * var(--mantine-scale)) solid var(--mantine-color-default-border)" class="mantine-focus-auto mantine-active m_77c9d27d mantine-Button-root m_87cf2631 mantine-UnstyledButton-root landing-more-filters" data-variant="default"><span class="m_80f1301b mantine-Button-inner"><span class="m_811560b9 mantine-Button-label">More filters</span></span></button>`,
  ) +
  `</div>`;

/**
 * Cards drawn on the catalog: a wide screen's first screen (three columns) and more than a phone's.
 * The SPA draws the whole page of them from the data; each card here is HTML the browser parses and
 * lays out before its first paint (all 24 were ~140 ms of a throttled phone's main thread).
 */
export const FIRST_SCREEN_CARDS = 12;

/** The catalog (`/`, no filters): heading, search form, count and the first screen's cards. */
export function catalogScreen(
  list: LandingEventList,
  categories: LandingCategory[],
  now: Date,
  locale?: string,
): string {
  const count = `${list.total} ${list.total === 1 ? 'event' : 'events'}`;
  const cards = list.items
    .slice(0, FIRST_SCREEN_CARDS)
    .map((event) => eventCard(event, categories, now, locale))
    .join('');
  return shell(
    container(
      stack(
        'lg',
        title(1, 'h1', 'Upcoming events') +
          searchFormPicture() +
          text('sm', 'color:var(--mantine-color-dimmed)', count) +
          // SimpleGrid cols { base: 1, sm: 2, lg: 3 }, spacing md (its generated class is per render);
          // "More filters" only on phones (from sm the SPA shows the filters themselves).
          `<style>@media(min-width: 48em){.landing-more-filters{display:none}}.landing-grid{--sg-spacing-x:var(--mantine-spacing-md);--sg-spacing-y:var(--mantine-spacing-md);--sg-cols:1}@media(min-width: 48em){.landing-grid{--sg-cols:2}}@media(min-width: 75em){.landing-grid{--sg-cols:3}}</style>` +
          `<div style="opacity:1" class="m_2415a157 mantine-SimpleGrid-root landing-grid">${cards}</div>`,
      ),
    ),
  );
}

/** A date and time in the event's own zone, naming it (web/src/lib/format.ts formatInZone); null without a zone. */
function inZone(iso: string, timeZone: string | undefined, locale: string | undefined): string | null {
  const date = new Date(iso);
  if (!timeZone || Number.isNaN(date.getTime())) return null;
  try {
    const format = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone });
    return `${format.format(date)} (${timeZone.replaceAll('_', ' ')})`;
  } catch {
    return null;
  }
}

function countryName(code: string, locale: string | undefined): string {
  try {
    return new Intl.DisplayNames(locale, { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

const looksLikeHtml = (value: string) => /<\/?[a-z][\s\S]*?>/i.test(value);

/**
 * A published event's page: the back link and the details column (category, title, when, where,
 * tags, a plain-text description). Null for what this picture would not match: an event not on
 * sale to the public (its page shows a status) or one with a cover (the SPA draws it as a hero
 * image above everything).
 */
export function eventScreen(event: LandingEvent, categories: LandingCategory[], locale?: string): string | null {
  if (event.status !== 'published' || event.cover || event.images?.some((i) => i.role === 'cover')) return null;
  // Without a zone of its own an event's times are in the browser's: blank until the SPA draws them.
  const starts = inZone(event.startsAt, event.timeZone, locale);
  const ends = event.endsAt && inZone(event.endsAt, event.timeZone, locale);
  const when = starts
    ? `<time datetime="${escapeHtml(event.startsAt)}">${escapeHtml(starts)}</time>` +
      (ends && event.endsAt ? ` until <time datetime="${escapeHtml(event.endsAt)}">${escapeHtml(ends)}</time>` : '')
    : `<time datetime="${escapeHtml(event.startsAt)}">&nbsp;</time>`;
  const { venue } = event;
  const where = `${venue.name}, ${venue.address ? `${venue.address}, ` : ''}${venue.city}, ${countryName(venue.country, locale)}`;
  const tags = event.tags ?? [];
  const iconStyle = 'margin-top:3px;flex-shrink:0';
  const description = event.description && !looksLikeHtml(event.description);
  const details = stack(
    'md',
    group(
      'var(--mantine-spacing-xs)',
      'center',
      'flex-start',
      'wrap',
      badge(categoryColor(event.category), 'filled', escapeHtml(labelOf(categories, event.category))),
    ) +
      title(1, 'h1', escapeHtml(event.title)) +
      group(
        'calc(0.5rem * var(--mantine-scale))',
        'flex-start',
        'flex-start',
        'nowrap',
        calendarIcon(18, iconStyle) + text(undefined, '', when),
      ) +
      group(
        'calc(0.5rem * var(--mantine-scale))',
        'flex-start',
        'flex-start',
        'nowrap',
        mapPinIcon(18, iconStyle) + text(undefined, '', escapeHtml(where)),
      ) +
      (tags.length > 0
        ? `<ul style="--group-gap:calc(0.375rem * var(--mantine-scale));--group-align:center;--group-justify:flex-start;--group-wrap:wrap;list-style:none;margin:0rem;padding:0rem" class="m_4081bf90 mantine-Group-root" aria-label="Tags">${tags.map((tag) => badge('gray', 'light', escapeHtml(tag), 'li', ';text-transform:none')).join('')}</ul>`
        : '') +
      (description
        ? stack(
            'xs',
            title(2, 'h3', 'About this event', '', ' id="about-heading"') +
              text(undefined, 'white-space:pre-wrap;max-width:70ch', escapeHtml(event.description)),
            '',
            'section',
            ' aria-labelledby="about-heading"',
          )
        : ''),
  );
  return shell(
    container(
      `<a style="--text-fz:var(--mantine-font-size-sm);--text-lh:var(--mantine-line-height-sm);margin-bottom:var(--mantine-spacing-md);display:inline-block" class="mantine-focus-auto m_849cf0da m_b6d8b162 mantine-Text-root mantine-Anchor-root" data-size="sm" data-underline="hover" href="/"><span aria-hidden="true">←</span> All events</a>` +
        stack(
          'xl',
          // EventPage's Grid (gutter xl): the details column spans phones, 7 of 12 columns from md.
          `<style>@media(min-width: 62em){.landing-details{max-width:calc(58.333333% - var(--mantine-spacing-xl) / 2)}}</style>` +
            `<div class="landing-details">${details}</div>`,
        ),
    ),
  );
}
