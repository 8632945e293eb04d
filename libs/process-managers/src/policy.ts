import type { CommandInput, CommandOutcome, WriteModel } from '@booking/command-pipeline';
import type { Actor, CONTEXTS, DomainCommand, DomainEvent, EventOf } from '@booking/domain';
import type { RefundGateway } from './refund-payments/refund-gateway';

/** Every event a policy may react to: the domain events of every context in the registry. */
export type AnyDomainEvent = EventOf<(typeof CONTEXTS)[number]>;

export type EventType = AnyDomainEvent['type'];

/** The event a policy reacts to, as the deciders write it (current schema), with its id in the log. */
export type Trigger<T extends EventType = EventType> = Extract<AnyDomainEvent, { type: T }> &
  Readonly<{
    id: string;
    correlationId: string;
    /** When it was appended, as read from the log (absent inline: it was appended just now). */
    occurredAt?: string;
  }>;

/** A domain command as a policy writes it: the pipeline stamps the time, the executor names the policy's actor. */
export type PolicyCommand<C extends DomainCommand> = CommandInput<C>;

/** What a policy may do while it handles an event. Never a read model: decisions read the write side. */
export type PolicyContext = Readonly<{
  /** The current state of one stream of the write side. */
  read<S, C extends DomainCommand, E extends DomainEvent>(model: WriteModel<S, C, E>, id: string): Promise<S>;
  /**
   * Issues a command as the policy's system actor (see actorOf), caused by the trigger and
   * idempotent by its id: the same trigger handled again gets the first outcome back on that
   * stream and appends nothing.
   */
  execute<S, C extends DomainCommand, E extends DomainEvent>(
    model: WriteModel<S, C, E>,
    id: string,
    command: PolicyCommand<C>,
  ): Promise<CommandOutcome<S, E>>;
  /** The payment provider, for sending refunds (absent in a process without one). */
  refunds?: RefundGateway;
}>;

/**
 * A process manager, declared as data: which events it hears and what it does about each. The
 * projector's PolicyRunner feeds it every such event from its own checkpoint; command handlers
 * may run it inline on what they just appended (PolicyExecutor.react), so its effect is visible
 * at once. Either way it runs at least once per event, so `handle` must be safe to repeat: the
 * commands it issues are idempotent by the trigger's id (see PolicyContext.execute), and should
 * also be no-ops for their decider when the work is already done (a replay from position 0).
 */
export type Policy<T extends EventType = EventType> = Readonly<{
  /**
   * `policy:<name>`: the checkpoint id (renaming it replays the policy from the start of the log);
   * its commands are recorded as the system actor `system:<name>`.
   */
  id: `policy:${string}`;
  on: readonly T[];
  /** Pause before a failed feed starts again from its checkpoint (default 1 s). */
  retryAfterMs?: number;
  // Method syntax: a list of policies (each hearing other events) is then one `Policy[]`.
  handle(event: Trigger<T>, context: PolicyContext): Promise<void>;
}>;

/** Declares a policy; `on` fixes the events `handle` receives, typed. */
export function definePolicy<const T extends EventType>(policy: Policy<T>): Policy<T> {
  return policy;
}

/** The system actor a policy's commands are recorded as: `policy:<name>` acts as `system:<name>`. */
export function actorOf(policy: Pick<Policy, 'id'>): Actor {
  return { userId: `system:${policy.id.slice('policy:'.length)}`, roles: [] };
}
