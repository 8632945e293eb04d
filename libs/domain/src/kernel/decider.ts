/** Plain data: a domain event as the domain sees it (metadata is added by the infrastructure). */
export type DomainEvent<Type extends string = string, Data = unknown> = Readonly<{ type: Type; data: Readonly<Data> }>;

export const ROLES = ['attendee', 'organizer', 'admin', 'finance', 'analyst', 'ops'] as const;
export type Role = (typeof ROLES)[number];

/** Who asks. The domain checks ownership with it; the HTTP layer checks roles too. */
export type Actor = Readonly<{ userId: string; roles: readonly Role[] }>;

/** Time arrives with the command: the domain never reads a clock. */
export type CommandMetadata = Readonly<{ now: Date; actor: Actor }>;

export type DomainCommand<Type extends string = string, Data = unknown> = Readonly<{
  type: Type;
  data: Readonly<Data>;
  metadata: CommandMetadata;
}>;

/**
 * A decider is three plain functions. `decide` never mutates `state`.
 * `evolve` owns the state it is given: a fold passes each state to it exactly once and keeps
 * only the result, so a context may reuse large structures (inventory holds) instead of copying.
 */
export interface Decider<State, Command extends DomainCommand, Event extends DomainEvent> {
  initialState(): State;
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
}

export function fold<State, Event extends DomainEvent>(
  decider: Pick<Decider<State, never, Event>, 'initialState' | 'evolve'>,
  events: Iterable<Event>,
  state: State = decider.initialState(),
): State {
  let current = state;
  for (const event of events) current = decider.evolve(current, event);
  return current;
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return roles.some((role) => actor.roles.includes(role));
}

/** Exhaustiveness check: a missing case in a switch fails to compile. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
