import type { DomainEvent } from './decider';

/** The personal fields of one event type: whose they are (`subject`) and which values (`fields`). */
export type PersonalFields = Readonly<{ subject: string; fields: readonly string[] }>;

/** What the event store reads: personal fields per event type (types without any are absent). */
export type PersonalFieldsByType = Readonly<Partial<Record<string, PersonalFields>>>;

type FieldOf<E extends DomainEvent, T extends E['type']> = keyof Extract<E, { type: T }>['data'] & string;

/**
 * A context's declaration, checked against its event types: `subject` names the field holding
 * the person's id (it stays readable), `fields` the values the event store encrypts with that
 * person's key. A renamed field fails to compile here. See docs/personal-data.md.
 */
export type PersonalDataDeclaration<E extends DomainEvent> = Readonly<{
  [T in E['type']]?: Readonly<{ subject: FieldOf<E, T>; fields: readonly FieldOf<E, T>[] }>;
}>;
