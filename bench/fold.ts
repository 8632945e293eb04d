// `npm run bench:fold`: folding a large inventory stream (the write side rebuilds its state this
// way after a restart). 50,000 holds and their 50,000 expiries, in expiry order; baseline: the same
// number of inserts and deletes on a plain Map, the least any fold of these events must do.
import { type HoldExpired, type InventoryEvent, type SeatsHeld, fold, inventoryDecider } from '@booking/domain';
import { fmt, table } from './lib/stats';

const eventId = '0190b5a5-2f1e-7cc3-9f8e-3c6a1b2d4e5f';
const T0 = Date.parse('2030-01-01T12:00:00.000Z');
const HOLDS = 50_000;
const RUNS = 5;

const holds: SeatsHeld[] = Array.from({ length: HOLDS }, (_, i) => ({
  type: 'SeatsHeld',
  data: {
    eventId,
    holdId: `h${i}`,
    holderId: 'alice',
    quantity: 1,
    expiresAt: new Date(T0 + (60 + i / 100) * 1000).toISOString(),
  },
}));
const expiries: HoldExpired[] = holds.map((e) => ({
  type: 'HoldExpired',
  data: { eventId, holdId: e.data.holdId, holderId: 'alice', quantity: 1 },
}));
const events: InventoryEvent[] = [
  { type: 'InventoryOpened', data: { eventId, capacity: HOLDS } },
  ...holds,
  ...expiries,
];

function best(run: () => void): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

const foldMs = best(() => {
  const state = fold(inventoryDecider, events);
  if (state.held !== 0) throw new Error(`fold is wrong: ${state.held} seats still held`);
});
const mapMs = best(() => {
  const map = new Map<string, number>();
  for (const e of holds) map.set(e.data.holdId, e.data.quantity);
  for (const e of expiries) map.delete(e.data.holdId);
});

console.log(`fold of ${fmt(events.length)} inventory events (best of ${RUNS})`);
console.log(
  table([
    ['fold', `${fmt(foldMs, 1)} ms (${fmt((events.length / foldMs) * 1000)} events/s)`],
    ['baseline: Map set + delete', `${fmt(mapMs, 1)} ms`],
    ['ratio fold ÷ baseline', `${fmt(foldMs / mapMs, 1)}×`],
  ]),
);
