import { createHash } from 'node:crypto';
import sharp from 'sharp';

/** Two colours per category, so the catalog reads at a glance; others get the default. */
const PALETTES: Record<string, readonly [string, string]> = {
  music: ['#3b0764', '#db2777'],
  theatre: ['#7f1d1d', '#f59e0b'],
  comedy: ['#9a3412', '#facc15'],
  sports: ['#064e3b', '#22c55e'],
  conference: ['#0c4a6e', '#38bdf8'],
  festival: ['#581c87', '#fb923c'],
  family: ['#1e3a8a', '#f472b6'],
  film: ['#111827', '#a78bfa'],
};
const DEFAULT_PALETTE = ['#1f2937', '#60a5fa'] as const;

/**
 * A cover image for a demo event, made at seed time: a 1200×630 PNG of its category's colours with
 * shapes placed by a hash of its title (the same title gives the same picture, and no two events
 * look alike). No text: the page shows the title, and fonts need not exist on the machine.
 */
export async function demoCover(title: string, category: string): Promise<Buffer> {
  const [from, to] = PALETTES[category] ?? DEFAULT_PALETTE;
  const bytes = createHash('sha256').update(title).digest();
  const at = (i: number, span: number) => Math.round((bytes[i] / 255) * span);
  const circles = [0, 1, 2, 3]
    .map(
      (n) =>
        `<circle cx="${at(n * 3, 1200)}" cy="${at(n * 3 + 1, 630)}" r="${80 + at(n * 3 + 2, 220)}" fill="#fff" fill-opacity="${(0.06 + n * 0.04).toFixed(2)}"/>`,
    )
    .join('');
  const stripes = Array.from(
    { length: 6 },
    (_, n) => `<rect x="${n * 70 + at(20, 600)}" y="-200" width="22" height="1100" fill="#fff" fill-opacity="0.07"/>`,
  ).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>
<rect width="1200" height="630" fill="url(#g)"/>
<g transform="rotate(${at(21, 60) - 30} 600 315)">${stripes}</g>
${circles}
</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}
