import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { MAX_SEATS_PER_HOLD } from '@booking/inventory-rules';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { rememberPosition } from '../../lib/read-your-writes';
import { availabilityKey, fetchAvailability, type Availability } from '../availability';
import { buildPlanModel, fetchSeatingPlan, seatingKeys, tierInfos } from '../plan-canvas';
import { fetchSeats } from './seats.api';

/** At most one reload of the taken seats per this many ms, however busy the sale. */
const SEATS_REFRESH_MS = 1500;

/**
 * An event's seating plan for its public page: the plan (null when it sells a plain capacity), the
 * taken seats and free places per section, reloaded (throttled) whenever live availability moves.
 * `withPlan`: the event's answer says it has a plan (its `seating`); without one nothing is asked
 * (the plan's endpoint would answer 404) and `planPending` is false at once.
 */
export function useEventSeating(eventId: string, live: boolean, withPlan: boolean) {
  const queryClient = useQueryClient();
  const planQuery = useQuery({
    queryKey: seatingKeys.plan(eventId),
    queryFn: ({ signal }) => fetchSeatingPlan(eventId, { signal }),
    enabled: eventId !== '' && withPlan,
    staleTime: 60_000,
  });
  /** Still asking for a plan the event has; the hold form waits for it (with a plan it offers sections). */
  const planPending = withPlan && planQuery.isPending;
  const document = (withPlan && planQuery.data?.document) || null;
  const hasPlan = document !== null;
  const seatsQuery = useQuery({
    queryKey: seatingKeys.seats(eventId),
    queryFn: ({ signal }) => fetchSeats(eventId, { signal }),
    enabled: hasPlan && live,
  });
  // Observes the cache entry the SSE hook (useLiveAvailability) keeps current.
  const availability = useQuery<Availability>({
    queryKey: availabilityKey(eventId),
    queryFn: ({ signal }) => fetchAvailability(eventId, { signal }),
    enabled: hasPlan && live,
    staleTime: Infinity,
  });

  const reloadSeats = useCallback(
    () =>
      queryClient
        .fetchQuery({ queryKey: seatingKeys.seats(eventId), queryFn: () => fetchSeats(eventId), staleTime: 0 })
        .catch(() => undefined),
    [queryClient, eventId],
  );

  const position = availability.data?.position;
  const seen = useRef<string | undefined>(undefined);
  const lastLoad = useRef(0);
  useEffect(() => {
    if (!hasPlan || !live || !position) return;
    if (seen.current === undefined || seen.current === position) {
      seen.current = position;
      return;
    }
    seen.current = position;
    const timer = window.setTimeout(
      () => {
        lastLoad.current = Date.now();
        // The seats (another projection) are read as of at least what the live availability showed.
        rememberPosition(position);
        void reloadSeats();
      },
      Math.max(0, lastLoad.current + SEATS_REFRESH_MS - Date.now()),
    );
    return () => window.clearTimeout(timer);
  }, [hasPlan, live, position, reloadSeats]);

  const model = useMemo(() => (document ? buildPlanModel(document.plan) : null), [document]);
  const tiers = useMemo(() => tierInfos(document?.priceTiers ?? []), [document]);
  const taken = useMemo(() => {
    if (!model || !seatsQuery.data) return undefined;
    const marks = new Uint8Array(model.x.length);
    for (const id of seatsQuery.data.taken) {
      const i = model.indexOf(id);
      if (i !== undefined) marks[i] = 1;
    }
    return marks;
  }, [model, seatsQuery.data]);
  const free = useMemo(
    () => (seatsQuery.data ? new Map(seatsQuery.data.sections.map((s) => [s.sectionId, s.free])) : undefined),
    [seatsQuery.data],
  );

  return { planQuery, planPending, document, model, tiers, taken, free, seatsQuery, reloadSeats };
}

export type EventSeating = ReturnType<typeof useEventSeating>;

/** The buyer's chosen section and seats (seat ids, in the order picked). */
export function useSeatPicking(seating: EventSeating) {
  const { model, taken } = seating;
  const [sectionId, setSection] = useState<string | null>(null);
  const [picked, setPicked] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);

  const toggle = useCallback(
    (i: number) => {
      if (!model) return;
      const seat = model.seats[i];
      if (taken?.[i]) return setNotice(`${seat.row}-${seat.number} is taken.`);
      setNotice(null);
      if (seat.sectionId !== sectionId) {
        setSection(seat.sectionId);
        setPicked([seat.id]);
        return;
      }
      setPicked((list) => {
        if (list.includes(seat.id)) return list.filter((id) => id !== seat.id);
        if (list.length >= MAX_SEATS_PER_HOLD) {
          setNotice(`At most ${MAX_SEATS_PER_HOLD} seats per hold.`);
          return list;
        }
        return [...list, seat.id];
      });
    },
    [model, taken, sectionId],
  );

  // A seat someone else took meanwhile drops out of the selection.
  useEffect(() => {
    if (!model || !taken) return;
    setPicked((list) => {
      const still = list.filter((id) => {
        const i = model.indexOf(id);
        return i !== undefined && !taken[i];
      });
      return still.length === list.length ? list : still;
    });
  }, [model, taken]);

  const selected = useMemo(() => {
    if (!model) return undefined;
    const marks = new Uint8Array(model.x.length);
    for (const id of picked) {
      const i = model.indexOf(id);
      if (i !== undefined) marks[i] = 1;
    }
    return marks;
  }, [model, picked]);

  const chooseSection = useCallback((id: string) => {
    setSection(id);
    setPicked((list) => (list.every((seat) => seat.startsWith(`${id}:`)) ? list : []));
  }, []);

  return {
    sectionId,
    chooseSection,
    picked,
    selected,
    toggle,
    clear: () => setPicked([]),
    notice,
  };
}

export type SeatPicking = ReturnType<typeof useSeatPicking>;
