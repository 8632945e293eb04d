import { v7 as uuidv7 } from 'uuid';

/** Time is injected: the domain receives it in command metadata, infrastructure asks this port. */
export interface Clock {
  now(): Date;
}
export const CLOCK = Symbol('Clock');
export const systemClock: Clock = { now: () => new Date() };

/** A clock tests move by hand. */
export class ManualClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
  set(at: Date): void {
    this.current = new Date(at);
  }
}

/** Randomness is injected too: ids come from this port. */
export interface IdGenerator {
  next(): string;
}
export const ID_GENERATOR = Symbol('IdGenerator');
/** Time-ordered UUIDs (v7) keep index locality in both stores. */
export const uuidV7Generator: IdGenerator = { next: () => uuidv7() };
