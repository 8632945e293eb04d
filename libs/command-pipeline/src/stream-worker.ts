import { type DomainCommand, DomainError, type DomainEvent, currentVersion, fold } from '@booking/domain';
import { type EventStore, type EventToAppend, WrongExpectedRevisionError } from '@booking/event-store';
import { type KeyedRange, KeyedCommands } from './keyed-commands';
import { toDomainEvents } from './read-state';
import type { CommandContext, CommandOutcome, WriteModel } from './write-model';

export type WorkerDeps = Readonly<{
  store: EventStore;
  nextId: () => string;
  maxRetries: number;
  maxBatch: number;
  onAppended?: (category: string, events: number, commands: number) => void;
}>;

type Pending<S, C, E> = {
  /** Absent for a read: it decides nothing and answers the state once the batch it joined is appended. */
  command?: C;
  context: CommandContext;
  resolve: (outcome: CommandOutcome<S, E>) => void;
  reject: (error: unknown) => void;
};

type Replay<S> = { replay: KeyedRange; state: S; revision: bigint };
type Decision<S, E> = { events: E[]; toAppend: EventToAppend[] } | { error: unknown } | Replay<S>;

/**
 * Serializes the commands of one stream in this process and commits them in groups: commands
 * that arrive while an append is under way are decided in order against the cached state and
 * appended as one batch with the expected revision. Appends from other processes are caught up
 * before each batch; a conflict reloads the stream and retries, a bounded number of times.
 */
export class StreamWorker<S, C extends DomainCommand, E extends DomainEvent> {
  private state!: S;
  private revision: bigint | undefined;
  private position = 0n;
  private loaded = false;
  private readonly keyed = new KeyedCommands();
  private queue: Pending<S, C, E>[] = [];
  private draining = false;

  constructor(
    readonly stream: string,
    private readonly model: WriteModel<S, C, E>,
    private readonly deps: WorkerDeps,
  ) {}

  get busy(): boolean {
    return this.draining || this.queue.length > 0;
  }

  submit(command: C, context: CommandContext): Promise<CommandOutcome<S, E>> {
    return this.enqueue(command, context);
  }

  /**
   * The stream's current state without a command: queued like one, so it is caught up with other
   * processes' appends and includes every decision queued before it (a read of a hot stream costs
   * one catch-up, not a fold of the whole stream).
   */
  async read(): Promise<S> {
    return (await this.enqueue(undefined, { correlationId: 'read', actor: { userId: 'system:read', roles: [] } }))
      .state;
  }

  private enqueue(command: C | undefined, context: CommandContext): Promise<CommandOutcome<S, E>> {
    return new Promise((resolve, reject) => {
      this.queue.push({ command, context, resolve, reject });
      if (!this.draining) {
        this.draining = true;
        // Let the requests already read from sockets join this batch.
        setImmediate(() => void this.drain());
      }
    });
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0) await this.process(this.queue.splice(0, this.deps.maxBatch));
    } finally {
      this.draining = false;
    }
  }

  private async process(batch: Pending<S, C, E>[]): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.catchUp();
        const expected = this.revision ?? 'no_stream';
        const decisions = batch.map((item) => this.decideOne(item));
        const toAppend = decisions.flatMap((d) => ('toAppend' in d ? d.toAppend : []));
        if (toAppend.length > 0) {
          const result = await this.deps.store.append(this.stream, toAppend, expected);
          this.revision = result.nextRevision;
          this.position = result.position;
          this.deps.onAppended?.(this.model.category, toAppend.length, batch.filter((item) => item.command).length); // reads are not commands
        }
        batch.forEach((item, i) => this.settle(item, decisions[i]));
        return;
      } catch (error) {
        this.loaded = false; // the tentative state may hold decisions that were not appended
        if (error instanceof WrongExpectedRevisionError && attempt < this.deps.maxRetries) continue;
        const failure =
          error instanceof WrongExpectedRevisionError
            ? DomainError.conflict('concurrency.conflict', `${this.stream} kept changing; retried ${attempt} times`)
            : error;
        batch.forEach((item) => item.reject(failure));
        return;
      }
    }
  }

  private decideOne({ command, context }: Pending<S, C, E>): Decision<S, E> {
    if (command === undefined) return { events: [], toAppend: [] }; // a read
    const replay = this.keyed.find(context.idempotencyTag);
    if (replay) return { replay, state: this.state, revision: this.revision ?? -1n };
    try {
      // Decided first: a caller the decider refuses (say, a stranger to someone's draft: 404)
      // learns nothing from the precondition, such as the stream's revision.
      const events = this.model.decider.decide(command, this.state);
      if (context.expectedRevision !== undefined && context.expectedRevision !== (this.revision ?? -1n)) {
        throw new DomainError(
          'precondition',
          'concurrency.revision-mismatch',
          `Expected revision ${context.expectedRevision}, the stream is at ${this.revision ?? -1n}`,
          {
            expected: String(context.expectedRevision),
            actual: String(this.revision ?? -1n),
          },
        );
      }
      this.state = fold(this.model.decider, events, this.state);
      if (events.length > 0) {
        const from = (this.revision ?? -1n) + 1n;
        this.revision = from + BigInt(events.length) - 1n;
        this.keyed.add(context.idempotencyTag, { from, to: this.revision });
      }
      const toAppend = events.map((event) => this.toAppend(event, command, context));
      return { events, toAppend };
    } catch (error) {
      return { error };
    }
  }

  private settle(item: Pending<S, C, E>, decision: Decision<S, E>): void {
    if ('error' in decision) return item.reject(decision.error);
    // Not awaited: reading a replay's events must not hold up the commands queued behind it.
    if ('replay' in decision) return void this.replay(decision).then(item.resolve, item.reject);
    item.resolve({
      events: decision.events,
      eventIds: decision.toAppend.map((e) => e.id),
      state: this.state,
      nextRevision: this.revision ?? -1n,
      position: this.position,
    });
  }

  private toAppend(event: E, command: C, context: CommandContext): EventToAppend {
    return {
      id: this.deps.nextId(),
      type: event.type,
      data: event.data,
      metadata: {
        correlationId: context.correlationId,
        causationId: context.causationId ?? context.correlationId,
        actor: command.metadata.actor.userId,
        schemaVersion: currentVersion(this.model.schema, event.type),
        occurredAt: command.metadata.now.toISOString(),
        command: command.type,
        ...(context.idempotencyTag ? { idempotencyTag: context.idempotencyTag } : {}),
      },
    };
  }

  /**
   * A keyed command's first events, read by their revisions alone (not the stream from its start),
   * with the stream's state when the retry was decided: it already holds those events' effects.
   */
  private async replay({ replay: { from, to }, state, revision }: Replay<S>): Promise<CommandOutcome<S, E>> {
    const mine = await this.deps.store.readStream(this.stream, {
      fromRevision: from,
      maxCount: Number(to - from) + 1,
    });
    return {
      events: toDomainEvents<E>(this.model.schema, mine),
      eventIds: mine.map((e) => e.id),
      state,
      nextRevision: revision,
      position: mine[mine.length - 1].position,
    };
  }

  /** Loads the stream once, then reads only what other processes appended since. */
  private async catchUp(): Promise<void> {
    if (!this.loaded) {
      this.state = this.model.decider.initialState();
      this.revision = undefined;
      this.keyed.clear();
    }
    const from = this.revision === undefined ? 0n : this.revision + 1n;
    const recorded = await this.deps.store.readStream(this.stream, { fromRevision: from });
    if (recorded.length > 0) {
      const events = toDomainEvents<E>(this.model.schema, recorded);
      this.state = fold(this.model.decider, events, this.state);
      this.keyed.learn(recorded);
      const last = recorded[recorded.length - 1];
      this.revision = last.revision;
      this.position = last.position;
    }
    this.loaded = true;
  }
}
