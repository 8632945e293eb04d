import type { ReadModelDirectory } from '@booking/projections';
import { type Document, MemoryReadStore } from '@booking/read-store';
import { ReadModels } from '../http/read-models';

/**
 * ReadModels over an in-memory store holding `seed` (projection name → its documents), for
 * handler specs. Every projection's live collection is its own name; those in `building` have
 * none yet (a query of them answers 503).
 */
export async function readModelsWith(
  seed: Record<string, readonly Document[]>,
  building: readonly string[] = [],
): Promise<ReadModels> {
  const store = new MemoryReadStore();
  for (const [projection, docs] of Object.entries(seed)) {
    for (const doc of docs) await store.collection(projection).insertOne(doc);
  }
  // Handlers only ask which collection is live; the positions are the ConsistencyGuard's business.
  const directory: Pick<ReadModelDirectory, 'collectionName'> = {
    collectionName: (projection) => Promise.resolve(building.includes(projection) ? undefined : projection),
  };
  return new ReadModels(store, directory as ReadModelDirectory);
}

export const clockAt = (iso: string) => ({ now: () => new Date(iso) });
