import { Injectable } from '@nestjs/common';
import { CommandPipeline, type CommandContext, type CommandOutcome, type WriteModel } from '@booking/command-pipeline';
import type { DomainCommand, DomainEvent } from '@booking/domain';
import type { RefundGateway } from './refund-payments/refund-gateway';
import { type EventType, type Policy, type PolicyCommand, type PolicyContext, type Trigger, actorOf } from './policy';

/**
 * Runs a policy on one event: the projector's runner for every event from the log, command
 * handlers inline on what they just appended. Both run the same code, with the same idempotency.
 */
@Injectable()
export class PolicyExecutor {
  private refunds: RefundGateway | undefined;

  constructor(private readonly pipeline: CommandPipeline) {}

  /** The payment provider the refund policy sends refunds to (the command API connects its port). */
  connectRefunds(gateway: RefundGateway): void {
    this.refunds = gateway;
  }

  /** Handles one event; returns the global position its commands reached (0n: it appended nothing). */
  async run<T extends EventType>(
    policy: Policy<T>,
    trigger: Trigger<T>,
    appended?: Pick<CommandOutcome<unknown, DomainEvent>, 'events' | 'eventIds'>[],
  ): Promise<bigint> {
    let reached = 0n;
    const perStream = new Map<string, number>();
    const context: PolicyContext = {
      ...(this.refunds ? { refunds: this.refunds } : {}),
      read: (model, id) => this.pipeline.read(model, id),
      execute: async <S, C extends DomainCommand, E extends DomainEvent>(
        model: WriteModel<S, C, E>,
        id: string,
        command: PolicyCommand<C>,
      ): Promise<CommandOutcome<S, E>> => {
        // A tag per (trigger, stream, n-th command there): handling the trigger again replays
        // the first outcome instead of acting twice; distinct commands of one run stay distinct.
        const stream = `${model.category}-${id}`;
        const nth = perStream.get(stream) ?? 0;
        perStream.set(stream, nth + 1);
        const outcome = await this.pipeline.execute(model, id, command, this.commandContext(policy, trigger, nth));
        if (outcome.events.length > 0 && outcome.position > reached) reached = outcome.position;
        if (outcome.events.length > 0) appended?.push(outcome);
        return outcome;
      },
    };
    await policy.handle(trigger, context);
    return reached;
  }

  /**
   * Runs a policy inline on what a command just appended (each of its events the policy hears),
   * so the caller's answer already covers the policy's effect; the projector runs the same policy
   * from the log in case this process stops in between. Returns the position reached (0n: none).
   * `followers` then react the same way to what the policy's own commands appended (the invoice
   * of a booking that a payment's settlement just confirmed).
   */
  async react<T extends EventType>(
    policy: Policy<T>,
    appended: Pick<CommandOutcome<unknown, DomainEvent>, 'events' | 'eventIds'>,
    correlationId: string,
    followers: readonly Policy[] = [],
  ): Promise<bigint> {
    let reached = 0n;
    for (const [i, event] of appended.events.entries()) {
      if (!(policy.on as readonly string[]).includes(event.type)) continue;
      const trigger = { ...event, id: appended.eventIds[i], correlationId } as Trigger<T>;
      const caused: Pick<CommandOutcome<unknown, DomainEvent>, 'events' | 'eventIds'>[] = [];
      const position = await this.run(policy, trigger, caused);
      if (position > reached) reached = position;
      for (const follower of followers)
        for (const outcome of caused) {
          const followed = await this.react(follower, outcome, correlationId);
          if (followed > reached) reached = followed;
        }
    }
    return reached;
  }

  private commandContext(policy: Policy, trigger: Trigger, nth: number): CommandContext {
    return {
      actor: actorOf(policy),
      correlationId: trigger.correlationId,
      causationId: trigger.id,
      idempotencyTag: `${policy.id}:${trigger.id}${nth > 0 ? `#${nth}` : ''}`,
    };
  }
}
