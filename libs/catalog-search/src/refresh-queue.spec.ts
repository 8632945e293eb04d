import { RefreshQueue } from './refresh-queue';

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('RefreshQueue', () => {
  it('starts one task per turn of the event loop, in order, so other callbacks run between them', async () => {
    const queue = new RefreshQueue();
    const order: string[] = [];
    queue.push(async () => void order.push('a'));
    queue.push(async () => void order.push('b'));
    queue.push(async () => void order.push('c'));
    setImmediate(() => order.push('other'));
    expect(order).toEqual([]); // nothing runs in the caller's turn
    for (let i = 0; i < 4; i++) await turn();
    expect(order).toEqual(['a', 'other', 'b', 'c']);
    expect(queue.pending).toBe(0);
  });

  it('waits for a task to settle before the next starts, and goes on after one fails', async () => {
    const queue = new RefreshQueue();
    const order: string[] = [];
    let finish!: () => void;
    queue.push(() => new Promise<void>((resolve) => (finish = resolve)).then(() => void order.push('slow done')));
    queue.push(async () => {
      order.push('failing');
      throw new Error('search failed');
    });
    queue.push(() => {
      throw new Error('thrown at once');
    });
    queue.push(async () => void order.push('last'));
    for (let i = 0; i < 3; i++) await turn();
    expect(order).toEqual([]);
    finish();
    for (let i = 0; i < 6; i++) await turn();
    expect(order).toEqual(['slow done', 'failing', 'last']);
  });
});
