import type { RecordedEvent } from '@booking/event-store';
import type { Document } from '@booking/read-store';

/** Every projected document remembers the last global position applied to it (idempotency guard). */
export type Projected = Document & { _position: number };

/**
 * A projection is a pure definition: which events it handles, which document each one touches,
 * and what it does to that document. The runner does checkpoints, batching, idempotency and rebuilds.
 */
export interface ProjectionDefinition<Doc extends Projected = Projected> {
  /** Stable name, also the name queries use to find the active collection. */
  readonly name: string;
  /** Bump when evolve changes: a new version is rebuilt beside the old one, then switched to. */
  readonly version: number;
  readonly eventTypes: readonly string[];
  keyOf(event: RecordedEvent): string | undefined;
  /** Returns the new document, or null to delete it. Must not mutate `doc`. */
  evolve(doc: Doc | null, event: RecordedEvent): Omit<Doc, '_position'> | null;
  readonly indexes?: readonly { keys: Record<string, 1 | -1>; unique?: boolean }[];
}

export function defineProjection<Doc extends Projected>(
  definition: ProjectionDefinition<Doc>,
): ProjectionDefinition<Doc> {
  return definition;
}

/** Positions are stored as numbers in documents: exact below 2^53, far beyond any log here. */
export const toStoredPosition = (position: bigint): number => Number(position);
