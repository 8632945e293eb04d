import { createHash } from 'node:crypto';
import { open, readFile, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { MemoryReadStore, MemoryStoreState } from './memory-read-store';

/**
 * Where every consumer of the log keeps its position (projections and policies alike): one
 * document per consumer, `{ _id, position }`. Defined here so that whatever snapshots the store
 * can tell how far the read models had come without knowing the projections.
 */
export const CHECKPOINTS = '_checkpoints';

/** Which log a snapshot was taken from, and how far into it its read models had come. */
export type LogMark = Readonly<{
  /** The id of the log's first event: another log (a new DATA_DIR, a restored backup) has another. */
  firstEventId: string;
  /** The highest checkpoint in the snapshot: the log must reach at least this far. */
  position: string;
  /**
   * How many people had been erased (destroyed personal-data keys) when the read models in it began
   * to be built: once more have been, it may hold one of them in clear, and is not used.
   */
  erasures?: number;
}>;

export type SnapshotHeader = Readonly<{
  format: typeof FORMAT;
  createdAt: string;
  log: LogMark;
  collections: number;
  documents: number;
  /** Length and SHA-256 of the body: a torn or altered file fails either check. */
  bodyBytes: number;
  sha256: string;
}>;

export type SnapshotRead =
  Readonly<{ ok: true; header: SnapshotHeader; state: MemoryStoreState }> | Readonly<{ ok: false; reason: string }>;

const MAGIC = 'booking-read-models\n';
const FORMAT = 1;

/** The highest checkpoint of an exported state (0 when nothing has run yet). */
export function highestCheckpoint(state: MemoryStoreState): bigint {
  const checkpoints = state.find((collection) => collection.name === CHECKPOINTS)?.docs ?? [];
  let highest = 0n;
  for (const doc of checkpoints) {
    const position = typeof doc.position === 'number' ? BigInt(doc.position) : 0n;
    if (position > highest) highest = position;
  }
  return highest;
}

/** Every consumer's checkpoint in one string: when it is unchanged, so are the read models. */
export function checkpointsSignature(state: MemoryStoreState): string {
  const checkpoints = state.find((collection) => collection.name === CHECKPOINTS)?.docs ?? [];
  return checkpoints
    .map((doc) => `${String(doc._id)}@${String(doc.position)}`)
    .sort()
    .join(',');
}

/**
 * Writes the store's state to `file`: magic line, header line (JSON), body (V8 serialization,
 * which keeps Dates, Maps and BigInts as they are). The file is written beside its final name,
 * flushed, then renamed over it: a crash at any point leaves the previous snapshot or the new
 * one, never a mix; a leftover temporary file is removed at the next load.
 */
export async function writeSnapshot(
  store: MemoryReadStore,
  file: string,
  mark: (state: MemoryStoreState) => LogMark | undefined,
  createdAt: Date,
): Promise<SnapshotHeader | undefined> {
  const state = store.exportState(); // one synchronous cut, serialized before anything else runs
  const log = mark(state);
  if (log === undefined) return undefined; // nothing new to keep
  const body = serialize(state);
  const header: SnapshotHeader = {
    format: FORMAT,
    createdAt: createdAt.toISOString(),
    log,
    collections: state.length,
    documents: state.reduce((sum, collection) => sum + collection.docs.length, 0),
    bodyBytes: body.length,
    sha256: createHash('sha256').update(body).digest('hex'),
  };
  const temporary = `${file}.${process.pid}.tmp`;
  const handle = await open(temporary, 'w');
  try {
    await handle.writeFile(`${MAGIC}${JSON.stringify(header)}\n`);
    await handle.writeFile(body);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, file);
  await syncDirectory(dirname(file));
  return header;
}

/** Reads and checks a snapshot file; anything short of a whole, intact file of this format is refused. */
export async function readSnapshot(file: string): Promise<SnapshotRead> {
  await removeLeftovers(file);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: false, reason: 'no snapshot' };
    throw error;
  }
  if (bytes.subarray(0, MAGIC.length).toString('utf8') !== MAGIC) return { ok: false, reason: 'not a snapshot file' };
  const headerEnd = bytes.indexOf(0x0a, MAGIC.length);
  if (headerEnd < 0) return { ok: false, reason: 'torn: no header' };
  let header: SnapshotHeader;
  try {
    header = JSON.parse(bytes.subarray(MAGIC.length, headerEnd).toString('utf8')) as SnapshotHeader;
  } catch {
    return { ok: false, reason: 'torn: unreadable header' };
  }
  if (header.format !== FORMAT) return { ok: false, reason: `format ${String(header.format)}, not ${FORMAT}` };
  const body = bytes.subarray(headerEnd + 1);
  if (body.length !== header.bodyBytes)
    return { ok: false, reason: `torn: body of ${body.length} bytes, header says ${header.bodyBytes}` };
  if (createHash('sha256').update(body).digest('hex') !== header.sha256)
    return { ok: false, reason: 'corrupt: checksum differs' };
  return { ok: true, header, state: deserialize(body) as MemoryStoreState };
}

export async function removeSnapshot(file: string): Promise<void> {
  await rm(file, { force: true });
}

/** Temporary files of writes that never finished (a crash, a kill -9). */
async function removeLeftovers(file: string): Promise<void> {
  const prefix = `${basename(file)}.`;
  const names = await readdir(dirname(file)).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((name) => name.startsWith(prefix) && name.endsWith('.tmp'))
      .map((name) => rm(join(dirname(file), name), { force: true })),
  );
}

/** The rename is durable only once the directory entry is. */
async function syncDirectory(directory: string): Promise<void> {
  const handle = await open(directory, 'r').catch(() => undefined);
  if (!handle) return;
  try {
    await handle.sync().catch(() => undefined); // not every file system syncs a directory
  } finally {
    await handle.close();
  }
}
