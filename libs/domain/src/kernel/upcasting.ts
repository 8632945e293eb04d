import type { PersonalFieldsByType } from './personal-data';

/**
 * Events are immutable and versioned: a schema change adds an upcaster from version n to n+1,
 * history is never rewritten. Readers upcast stored data to the current version on the way in.
 */
export type Upcaster = (data: Record<string, unknown>) => Record<string, unknown>;

export interface EventSchema {
  /** Current schema version of each event type this context writes. */
  readonly versions: Readonly<Record<string, number>>;
  /** upcasters[type][n] turns version n into version n + 1. */
  readonly upcasters?: Readonly<Partial<Record<string, Readonly<Record<number, Upcaster>>>>>;
  /** Personal fields per event type, encrypted per person in the log (see docs/personal-data.md). */
  readonly personal?: PersonalFieldsByType;
}

export function currentVersion(schema: EventSchema, type: string): number {
  return schema.versions[type] ?? 1;
}

export function upcast(schema: EventSchema, type: string, version: number, data: Record<string, unknown>) {
  const target = currentVersion(schema, type);
  if (!Number.isSafeInteger(version) || version < 1) throw new Error(`Bad schema version ${version} for ${type}`);
  // Data from a newer writer cannot be read as the current version: fail instead of guessing its shape.
  if (version > target) throw new Error(`${type} version ${version} is newer than the known version ${target}`);
  let current = data;
  for (let v = version; v < target; v++) {
    const step = schema.upcasters?.[type]?.[v];
    if (!step) throw new Error(`No upcaster for ${type} from version ${v} to ${v + 1}`);
    current = step(current);
  }
  return current;
}
