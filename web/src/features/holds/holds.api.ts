import { infiniteQueryOptions } from '@tanstack/react-query';
import { apiFetch, apiGet, withQuery } from '../../lib/api';
import type { HoldList, PlacedHold } from './holds.types';

const holdsPath = (eventId: string) => `/api/events/${encodeURIComponent(eventId)}/holds`;

export const myHoldsKey = (userId: string) => ['me', userId, 'holds'] as const;

/** For an event with a seating plan: the section, and the seats picked on the map (else the best available). */
export type HoldPlace = { sectionId?: string; seatIds?: string[]; accessCode?: string; groupRequestId?: string };

export async function placeHold(
  eventId: string,
  quantity: number,
  idempotencyKey: string,
  place: HoldPlace = {},
): Promise<PlacedHold> {
  const body = {
    quantity,
    ...(place.sectionId ? { sectionId: place.sectionId } : {}),
    ...(place.seatIds?.length ? { seatIds: place.seatIds } : {}),
    ...(place.accessCode ? { accessCode: place.accessCode } : {}),
    // An approved group request of the caller's, spent on this hold (it may then exceed the per-order limit).
    ...(place.groupRequestId ? { groupRequestId: place.groupRequestId } : {}),
  };
  const result = await apiFetch<PlacedHold>(holdsPath(eventId), { method: 'POST', body, idempotencyKey });
  return { ...result.data, position: result.position ?? result.data.position };
}

export async function releaseHold(eventId: string, holdId: string, idempotencyKey: string) {
  const result = await apiFetch<{ holdId: string; position: string }>(
    `${holdsPath(eventId)}/${encodeURIComponent(holdId)}`,
    { method: 'DELETE', idempotencyKey },
  );
  return { holdId: result.data.holdId, position: result.position };
}

export const MY_HOLDS_PAGE_SIZE = 50;

export function fetchMyHolds(options: { signal?: AbortSignal; cursor?: string } = {}) {
  const { cursor, ...rest } = options;
  return apiGet<HoldList>(withQuery('/api/me/holds', { limit: MY_HOLDS_PAGE_SIZE, cursor }), rest);
}

/** The caller's holds a page at a time (as of their last write: lib/read-your-writes.ts). */
export const myHoldsQuery = (userId: string) =>
  infiniteQueryOptions({
    queryKey: myHoldsKey(userId),
    queryFn: ({ pageParam, signal }) => fetchMyHolds({ signal, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: HoldList) => last.nextCursor,
  });
