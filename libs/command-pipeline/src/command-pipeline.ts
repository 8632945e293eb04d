import type { DomainCommand, DomainEvent } from '@booking/domain';
import type { EventStore } from '@booking/event-store';
import { type Clock, systemClock } from '@booking/platform';
import { StreamWorker, type WorkerDeps } from './stream-worker';
import type { CommandContext, CommandInput, CommandOutcome, WriteModel } from './write-model';

export type PipelineOptions = Readonly<{
  maxRetries?: number;
  maxBatch?: number;
  /** Streams whose state stays cached in memory (least recently used go first). */
  cachedStreams?: number;
  /** Stamps each command's `metadata.now` (the injected CLOCK in Nest; the system clock otherwise). */
  clock?: Clock;
  onAppended?: WorkerDeps['onAppended'];
}>;

/**
 * The one way commands reach the event store: load → fold → decide → append with the expected
 * revision, with per-stream group commit and bounded retry on conflict (see StreamWorker).
 */
export class CommandPipeline {
  private readonly workers = new Map<string, StreamWorker<unknown, DomainCommand, DomainEvent>>();
  private readonly deps: WorkerDeps;
  private readonly cachedStreams: number;
  private readonly clock: Clock;

  constructor(store: EventStore, nextId: () => string, options: PipelineOptions = {}) {
    this.deps = {
      store,
      nextId,
      maxRetries: options.maxRetries ?? 5,
      maxBatch: options.maxBatch ?? 500,
      onAppended: options.onAppended,
    };
    this.cachedStreams = options.cachedStreams ?? 10_000;
    this.clock = options.clock ?? systemClock;
  }

  execute<S, C extends DomainCommand, E extends DomainEvent>(
    model: WriteModel<S, C, E>,
    id: string,
    command: CommandInput<C>,
    context: CommandContext,
  ): Promise<CommandOutcome<S, E>> {
    // The one place a command's metadata is made: the request's instant (else the clock's), and
    // the actor from the context.
    const now = context.now ?? this.clock.now();
    const stamped = { ...command, metadata: { now, actor: context.actor } } as C;
    return this.worker(model, id).submit(stamped, context);
  }

  /**
   * A stream's current state for a decision outside a command (a checkout checking its holds, a
   * policy reading the stream it is about to act on): the cached state, caught up with the log.
   * Unlike readState, a hot stream is not folded from its start on every call.
   */
  read<S, C extends DomainCommand, E extends DomainEvent>(model: WriteModel<S, C, E>, id: string): Promise<S> {
    return this.worker(model, id).read();
  }

  private worker<S, C extends DomainCommand, E extends DomainEvent>(
    model: WriteModel<S, C, E>,
    id: string,
  ): StreamWorker<S, C, E> {
    const stream = `${model.category}-${id}`;
    let worker = this.workers.get(stream) as StreamWorker<S, C, E> | undefined;
    if (worker) {
      this.workers.delete(stream); // re-insert: Map order doubles as recency
    } else {
      worker = new StreamWorker(stream, model, this.deps);
      this.evictIdle();
    }
    this.workers.set(stream, worker as unknown as StreamWorker<unknown, DomainCommand, DomainEvent>);
    return worker;
  }

  private evictIdle(): void {
    if (this.workers.size < this.cachedStreams) return;
    for (const [stream, worker] of this.workers) {
      if (!worker.busy) {
        this.workers.delete(stream);
        if (this.workers.size < this.cachedStreams) return;
      }
    }
  }
}
