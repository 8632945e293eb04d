import type { EventStore, RecordedEvent } from '../event-store.port';
import type { PersonalDataEventStore } from './personal-data-event-store';

/**
 * The one-time copy that protects a log written before personal fields were encrypted: every
 * event of `from`, in log order, appended to the empty `to` (personal fields sealed on the way)
 * with the same stream, revision, id, type and metadata. Positions are the new log's own.
 */
export async function copyLogProtected(
  from: EventStore,
  to: PersonalDataEventStore,
  options: { pageSize?: number; onProgress?: (copied: number) => void } = {},
): Promise<{ events: number }> {
  if ((await to.headPosition()) !== 0n) throw new Error('The target log must be empty');
  const pageSize = options.pageSize ?? 1000;
  let after: bigint | undefined;
  let copied = 0;
  for (;;) {
    const page = await from.readAll({ after, maxCount: pageSize });
    if (page.length === 0) return { events: copied };
    for (const run of runsByStream(page)) {
      const first = run[0].revision;
      await to.append(
        run[0].stream,
        run.map(({ id, type, data, metadata }) => ({ id, type, data, metadata })),
        first === 0n ? 'no_stream' : first - 1n,
      );
    }
    copied += page.length;
    after = page[page.length - 1].position;
    options.onProgress?.(copied);
  }
}

/** Consecutive events of one stream go in one append; the global order is kept. */
function* runsByStream(page: readonly RecordedEvent[]): Generator<RecordedEvent[]> {
  let run: RecordedEvent[] = [];
  for (const event of page) {
    if (run.length > 0 && run[0].stream !== event.stream) {
      yield run;
      run = [];
    }
    run.push(event);
  }
  if (run.length > 0) yield run;
}
