import { formatDateTime } from '../../lib/format';
import type { EventSummary } from './catalog.types';

export type SalesStatus =
  { state: 'upcoming'; opensAt: string } | { state: 'open'; closesAt: string } | { state: 'ended' } | { state: 'none' };

/**
 * Whether a published event takes holds at `now`: the API gives the times (`sales`), the same the
 * hold decision uses; anything not published has no sales at all.
 */
export function salesStatus(event: Pick<EventSummary, 'status' | 'sales'>, now = new Date()): SalesStatus {
  if (event.status !== 'published' || !event.sales) return { state: 'none' };
  const { opensAt, closesAt } = event.sales;
  if (opensAt && now.getTime() < Date.parse(opensAt)) return { state: 'upcoming', opensAt };
  if (now.getTime() >= Date.parse(closesAt)) return { state: 'ended' };
  return { state: 'open', closesAt };
}

/** "On sale from 1 May 2027, 10:00", "Sales ended", or null while on sale (or not published). */
export function salesNotice(status: SalesStatus, format: (iso: string) => string = formatDateTime): string | null {
  if (status.state === 'upcoming') return `On sale from ${format(status.opensAt)}`;
  if (status.state === 'ended') return 'Sales ended';
  return null;
}
