// <input type="datetime-local"> values ("2026-12-05T19:30") are in the browser's zone.

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-12-05T19:30" → "2026-12-05T19:30:00+01:00", with the browser's offset at that moment. */
export function localToIso(local: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(local)) return null;
  const date = new Date(local);
  if (Number.isNaN(date.getTime())) return null;
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const zone = `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${local.slice(0, 16)}:00${zone}`;
}

/** An ISO instant as a datetime-local value in the browser's zone ('' if absent or invalid). */
export function isoToLocal(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** IANA zones for the select (the browser's list, or at least the browser's own zone). */
export function timeZoneOptions(): string[] {
  const zone = browserTimeZone();
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return all.includes(zone) ? all : [zone, ...all];
}
