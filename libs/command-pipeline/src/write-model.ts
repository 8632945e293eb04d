import type { Actor, Decider, DomainCommand, DomainEvent, EventSchema } from '@booking/domain';

/** What the pipeline needs to run a context's commands: its decider, schema and stream category. */
export type WriteModel<S, C extends DomainCommand, E extends DomainEvent> = Readonly<{
  category: string;
  decider: Decider<S, C, E>;
  schema: EventSchema;
}>;

/**
 * A command as callers hand it to the pipeline: its type and data. The pipeline stamps the
 * metadata (`now` from its clock, `actor` from the context), so nobody builds it by hand.
 */
export type CommandInput<C extends DomainCommand> = C extends DomainCommand ? Omit<C, 'metadata'> : never;

export type CommandContext = Readonly<{
  /** Who sends the command: a person, or a system actor (`system:<policy>`) for policies and sweeps. */
  actor: Actor;
  correlationId: string;
  /**
   * The instant to decide at: a request's commands share the time it arrived (TimedRequest in
   * @booking/platform, stamped as the request arrives). Without it the pipeline reads its clock.
   */
  now?: Date;
  /** The event or request that caused this command; defaults to the correlation id. */
  causationId?: string;
  /** If-Match: the stream revision the caller last saw. */
  expectedRevision?: bigint;
  /**
   * The request's Idempotency-Key, scoped to its caller and request (IdempotencyStore.tag). It is
   * written into the events' metadata, so a retry finds the first outcome in the stream itself.
   */
  idempotencyTag?: string;
}>;

export type CommandOutcome<S, E> = Readonly<{
  events: E[];
  eventIds: string[];
  /**
   * The stream's state right after this command (read it now; the pipeline keeps evolving it). A
   * replayed keyed command gets the state when its retry was decided, which holds its effects.
   */
  state: S;
  /** Stream revision of `state`: after the append (-1n when the stream does not exist). */
  nextRevision: bigint;
  /** Global position the append reached: pass it back to queries for read-your-writes. */
  position: bigint;
}>;
