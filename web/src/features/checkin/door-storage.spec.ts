import { describe, expect, it } from 'vitest';
import { DoorStorage, type DoorStore } from './door-storage';
import { OfflineDoor } from './offline-door';

const memory = (): DoorStore => {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
};
const scan = (nonce: string) => ({
  code: 'CODE',
  nonce,
  gate: 'North',
  scannerId: 'scanner-1',
  scannedAt: '2030-01-01T19:00:00.000Z',
});

describe('the door’s offline storage', () => {
  it('keeps one scanner id per device', () => {
    const store = memory();
    const first = new DoorStorage(store, 'e1').scannerId(() => 'abcdef1234');
    expect(first).toBe('scanner-abcdef12');
    expect(new DoorStorage(store, 'e2').scannerId(() => 'other')).toBe(first);
  });

  it('queues scans per event and drops only those the server answered', () => {
    const store = memory();
    const door = new DoorStorage(store, 'e1');
    door.enqueue(scan('n1'));
    door.enqueue(scan('n2'));
    expect(new DoorStorage(store, 'e2').queue()).toEqual([]);
    door.dequeue(['n1']);
    expect(door.queue().map((s) => s.nonce)).toEqual(['n2']);
  });

  it('remembers the tickets this device admitted', () => {
    const door = new DoorStorage(memory(), 'e1');
    expect(door.usedHere('t1')).toBeUndefined();
    door.markUsed('t1', { at: '2030-01-01T19:00:00.000Z', gate: 'North' });
    expect(door.usedHere('t1')).toEqual({ at: '2030-01-01T19:00:00.000Z', gate: 'North' });
  });

  it('refuses a code that is no ticket code without queueing it', async () => {
    const storage = new DoorStorage(memory(), 'e1');
    const offline = new OfflineDoor('e1', { eventId: 'e1', keys: [] }, { eventId: 'e1', revocations: [] }, storage);
    const { code: _code, ...where } = scan('n1');
    expect(await offline.scan('NOT A TICKET', where)).toEqual({
      kind: 'invalid',
      detail: 'This is not a valid ticket code.',
    });
    expect(storage.queue()).toEqual([]);
  });
});
