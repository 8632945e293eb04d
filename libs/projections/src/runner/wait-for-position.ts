import type { EventStore } from '@booking/event-store';
import { type ProjectionPositions, passedInLog } from './projection-lag';

/** How a directory lets a wait follow the checkpoints of the projections it waits for. */
export type CheckpointWatch = Readonly<{
  /** Their checkpoints as they stand now. */
  positions(): ProjectionPositions | Promise<ProjectionPositions>;
  /** Resolves when they may have moved, or after `ms` at the latest. */
  moved(ms: number): Promise<void>;
}>;

/** The log is read at most this often for one wait. */
const LOG_READ_EVERY_MS = 100;

/**
 * Resolves true once the projections have passed `target`, false after `timeoutMs`. The
 * checkpoints alone settle it when they reach the target; while they are below it, the log tells
 * whether any of them still has an event up to the target to apply (passedInLog). That answer can
 * only change when a checkpoint moves, so the log is read once at the start and then again only
 * after a move, at most every 100 ms: never in a loop of its own.
 */
export async function waitForPosition(
  store: EventStore,
  watch: CheckpointWatch,
  target: bigint,
  timeoutMs: number,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  let readAt = -Infinity;
  let readFor: string | undefined; // the checkpoints the log was last read for
  for (;;) {
    const positions = await watch.positions();
    if (lowest(positions) >= target) return true;
    const key = Object.entries(positions)
      .map(([name, p]) => `${name}:${p.collection ?? ''}:${p.position}`)
      .join(',');
    if (key !== readFor && Date.now() - readAt >= LOG_READ_EVERY_MS) {
      readAt = Date.now();
      readFor = key;
      // A log that cannot be read now proves nothing: keep waiting, and answer 503 in the end.
      if (await passedInLog(store, positions, target).catch(() => false)) return true;
      continue; // the checkpoints may have moved during the read
    }
    const left = deadline - Date.now();
    if (left <= 0) return false;
    await watch.moved(Math.min(left, LOG_READ_EVERY_MS));
  }
}

/** The lowest checkpoint; 0 while one of them has no live collection. */
function lowest(positions: ProjectionPositions): bigint {
  let low: bigint | undefined;
  for (const { collection, position } of Object.values(positions)) {
    if (collection === undefined) return 0n;
    if (low === undefined || position < low) low = position;
  }
  return low ?? 0n;
}
