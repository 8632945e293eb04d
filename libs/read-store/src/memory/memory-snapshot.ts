import { createHash } from 'node:crypto';
import { open, readFile, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
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
/** 2: the body is a row of frames (manifest, then documents by slices); 1 was one serialization of the whole state. */
const FORMAT = 2;

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

/** Documents serialized per turn of the event loop while a snapshot is written. */
const SLICE_DOCUMENTS = 1000;

/** The body's first frame: each collection with its indexes and how many documents follow for it. */
type Manifest = { name: string; indexes: MemoryStoreState[number]['indexes']; documents: number }[];

/**
 * Writes the store's state to `file`: magic line, header line (JSON), body. The body is a row of
 * frames, each a 4-byte big-endian length and a V8 serialization (which keeps Dates, Maps and
 * BigInts as they are): first the manifest, then each collection's documents, at most
 * `SLICE_DOCUMENTS` per frame.
 *
 * The cut is taken in one synchronous pass (`exportState`), then serialized one frame per turn of
 * the event loop, so requests are answered in between instead of waiting for a whole store's
 * serialization (about a second at a million events). The cut holds meanwhile: the store never
 * changes a stored document in place (a write replaces it), so the arrays taken keep the documents
 * as they were. The file is written beside its final name, flushed, then renamed over it: a crash at
 * any point leaves the previous snapshot or the new one, never a mix; a leftover temporary file is
 * removed at the next load.
 */
export async function writeSnapshot(
  store: MemoryReadStore,
  file: string,
  mark: (state: MemoryStoreState) => LogMark | undefined,
  createdAt: Date,
): Promise<SnapshotHeader | undefined> {
  const state = store.exportState();
  const log = mark(state);
  if (log === undefined) return undefined; // nothing new to keep
  const hash = createHash('sha256');
  const frames: Buffer[] = [];
  let bodyBytes = 0;
  const frame = (value: unknown) => {
    const body = serialize(value);
    const length = Buffer.allocUnsafe(4);
    length.writeUInt32BE(body.length);
    hash.update(length).update(body);
    frames.push(length, body);
    bodyBytes += length.length + body.length;
  };
  frame(state.map(({ name, indexes, docs }) => ({ name, indexes, documents: docs.length })) satisfies Manifest);
  for (const { docs } of state) {
    for (let from = 0; from < docs.length; from += SLICE_DOCUMENTS) {
      await nextTurn();
      frame(docs.slice(from, from + SLICE_DOCUMENTS));
    }
  }
  const header: SnapshotHeader = {
    format: FORMAT,
    createdAt: createdAt.toISOString(),
    log,
    collections: state.length,
    documents: state.reduce((sum, collection) => sum + collection.docs.length, 0),
    bodyBytes,
    sha256: hash.digest('hex'),
  };
  const temporary = `${file}.${process.pid}.tmp`;
  const handle = await open(temporary, 'w');
  try {
    await handle.writeFile(`${MAGIC}${JSON.stringify(header)}\n`);
    for (let from = 0; from < frames.length; from += 512) await handle.writev(frames.slice(from, from + 512));
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, file);
  await syncDirectory(dirname(file));
  return header;
}

/** The state a checked body holds, or why its frames do not add up. */
function parseBody(body: Buffer): MemoryStoreState | string {
  let offset = 0;
  const next = (): unknown => {
    if (offset + 4 > body.length) throw new Error('a frame runs past the end');
    const length = body.readUInt32BE(offset);
    const end = offset + 4 + length;
    if (end > body.length) throw new Error('a frame runs past the end');
    const value = deserialize(body.subarray(offset + 4, end));
    offset = end;
    return value;
  };
  try {
    const manifest = next() as Manifest;
    const state: MemoryStoreState = manifest.map(({ name, indexes, documents }) => {
      const docs: MemoryStoreState[number]['docs'] = [];
      while (docs.length < documents) for (const doc of next() as typeof docs) docs.push(doc);
      if (docs.length !== documents)
        throw new Error(`${name}: ${docs.length} documents, the manifest says ${documents}`);
      return { name, indexes, docs };
    });
    if (offset !== body.length) throw new Error('frames after the last collection');
    return state;
  } catch (error) {
    return (error as Error).message;
  }
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
  const state = parseBody(body);
  return typeof state === 'string' ? { ok: false, reason: `corrupt: ${state}` } : { ok: true, header, state };
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
