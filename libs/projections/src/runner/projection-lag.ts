import type { EventStore } from '@booking/event-store';

export type ProjectionLag = Readonly<{
  collection?: string;
  /** The projection's checkpoint: every event up to it is applied. */
  position: string;
  /** Events of its types after the checkpoint, up to the head (at least this many when `behindCapped`). */
  behind: number;
  behindCapped: boolean;
  /** Serving, with nothing of its own left to apply up to the head read for this report (false again as soon as it falls behind). */
  caughtUp: boolean;
  rebuilding: boolean;
}>;

export type LagReport = Readonly<{ head: string; caughtUp: boolean; projections: Record<string, ProjectionLag> }>;

export type ProjectionPositions = Record<
  string,
  { collection?: string; position: bigint; eventTypes: readonly string[]; rebuilding: boolean }
>;

/**
 * How far each projection is behind the head of the log, measured now (not a flag set once at
 * start). Positions are not event counts on every store (KurrentDB's are byte offsets), and a
 * checkpoint may rest before events a projection does not read, so what counts is the events of its
 * types after its checkpoint: one read of the log after the lowest checkpoint, capped at `cap`.
 */
export async function measureLag(store: EventStore, positions: ProjectionPositions, cap = 10_000): Promise<LagReport> {
  const head = await store.headPosition();
  const lowest = Object.values(positions).reduce((low, p) => (p.position < low ? p.position : low), head);
  const after = lowest < head ? await store.readAll({ after: lowest, maxCount: cap }) : [];
  const within = after.filter((e) => e.position <= head);
  const capped = after.length >= cap;
  const projections = Object.fromEntries(
    Object.entries(positions).map(([name, { collection, position, eventTypes, rebuilding }]) => {
      const types = new Set(eventTypes);
      const behind = within.filter((e) => e.position > position && types.has(e.type)).length;
      const lag: ProjectionLag = {
        ...(collection ? { collection } : {}),
        position: String(position),
        behind,
        behindCapped: capped && position < head,
        caughtUp: collection !== undefined && behind === 0 && !(capped && position < head),
        rebuilding,
      };
      return [name, lag];
    }),
  );
  return { head: String(head), caughtUp: Object.values(projections).every((p) => p.caughtUp), projections };
}

/**
 * Whether every given projection has passed `target`: its checkpoint is at or after it, or no
 * event of its types lies between the two. The second matters on KurrentDB, whose filtered
 * subscriptions move a checkpoint over events they skip only once per server search window: a
 * command whose last event no projection reads would otherwise wait for more traffic. One filtered
 * read of at most one event per distinct checkpoint (those sharing a feed share one); a projection
 * without a live collection has not passed. A target beyond the log's head has not been written
 * yet (a client naming a position it did not get from us): nothing has passed it.
 */
export async function passedInLog(store: EventStore, positions: ProjectionPositions, target: bigint): Promise<boolean> {
  const behind = new Map<bigint, Set<string>>();
  for (const { collection, position, eventTypes } of Object.values(positions)) {
    if (collection === undefined) return false;
    if (position >= target) continue;
    const types = behind.get(position) ?? new Set<string>();
    eventTypes.forEach((type) => types.add(type));
    behind.set(position, types);
  }
  if (behind.size > 0 && (await store.headPosition()) < target) return false;
  for (const [after, types] of behind) {
    if (types.size === 0) continue;
    const [next] = await store.readAll({ after, maxCount: 1, filter: { eventTypes: [...types] } });
    if (next && next.position <= target) return false; // one of them has this event still to apply
  }
  return true;
}
