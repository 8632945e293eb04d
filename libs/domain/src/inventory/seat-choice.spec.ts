import { DomainError } from '../kernel';
import { bestAvailable, loneSeatsLeft, requireNoLoneSeat, seatRows } from './seat-choice';

const row = (name: string, numbers: number[]) => numbers.map((n) => `hall:${name}:${n}`);
const takenOf = (...seats: string[]) => {
  const set = new Set(seats);
  return (seat: string) => set.has(seat);
};

describe('where a group sits', () => {
  const rows = seatRows([...row('A', [1, 2, 3, 4]), ...row('B', [1, 2, 3, 4])]);

  it('splits rows where the numbering breaks (a removed seat or an aisle)', () => {
    expect(seatRows([...row('A', [1, 2, 5, 6]), ...row('B', [1])])).toEqual([
      ['hall:A:1', 'hall:A:2'],
      ['hall:A:5', 'hall:A:6'],
      ['hall:B:1'],
    ]);
  });

  it('keeps a row numbered in steps of two (odd or even side) together, split only at a larger gap', () => {
    expect(seatRows([...row('B', [101, 103, 105, 109, 111]), ...row('C', [2, 4])])).toEqual([
      ['hall:B:101', 'hall:B:103', 'hall:B:105'],
      ['hall:B:109', 'hall:B:111'],
      ['hall:C:2', 'hall:C:4'],
    ]);
    const odd = seatRows(row('B', [101, 103, 105, 107]));
    expect(bestAvailable(odd, takenOf(), 2)).toEqual(['hall:B:101', 'hall:B:103']);
  });

  it('finds the lone seats a choice would leave, not those already alone', () => {
    expect(loneSeatsLeft(rows, takenOf(), new Set(['hall:A:2', 'hall:A:3']))).toEqual(['hall:A:1', 'hall:A:4']);
    expect(loneSeatsLeft(rows, takenOf('hall:A:2'), new Set(['hall:A:4']))).toEqual(['hall:A:3']);
    expect(loneSeatsLeft(rows, takenOf('hall:A:2'), new Set(['hall:A:3', 'hall:A:4']))).toEqual([]);
  });

  it('seats a group together in the front-most row that leaves nobody a lone seat', () => {
    expect(bestAvailable(rows, takenOf(), 2)).toEqual(['hall:A:1', 'hall:A:2']);
    // A:4 taken: any pair in row A strands a seat, so row B.
    expect(bestAvailable(rows, takenOf('hall:A:4'), 2)).toEqual(['hall:B:1', 'hall:B:2']);
    // A:1 taken: every pair of A:2–A:4 strands one. In a longer row, the run past the taken seat.
    expect(bestAvailable(rows, takenOf('hall:A:1'), 2)).toEqual(['hall:B:1', 'hall:B:2']);
    const long = seatRows(row('A', [1, 2, 3, 4, 5, 6, 7, 8]));
    expect(bestAvailable(long, takenOf('hall:A:4'), 2)).toEqual(['hall:A:5', 'hall:A:6']);
  });

  it('strands a seat only when every run would', () => {
    const one = seatRows(row('A', [1, 2, 3]));
    expect(bestAvailable(one, takenOf(), 2)).toEqual(['hall:A:1', 'hall:A:2']);
  });

  it('puts a group too big for any row in two rows one behind the other, else wherever seats are free', () => {
    expect(bestAvailable(rows, takenOf(), 5)).toEqual(['hall:A:1', 'hall:A:2', 'hall:A:3', 'hall:A:4', 'hall:B:1']);
    // Two rows cannot hold four together (two and one free side by side): the first free seats.
    expect(bestAvailable(rows, takenOf('hall:A:2', 'hall:B:2', 'hall:B:3'), 4)).toEqual([
      'hall:A:1',
      'hall:A:3',
      'hall:A:4',
      'hall:B:1',
    ]);
    const scattered = takenOf('hall:A:2', 'hall:A:4', 'hall:B:2', 'hall:B:4');
    expect(bestAvailable(rows, scattered, 3)).toEqual(['hall:A:1', 'hall:A:3', 'hall:B:1']);
    expect(bestAvailable(rows, takenOf(...rows.flat()), 2)).toEqual([]);
  });

  it('refuses picked seats that strand one while a better run exists, and says which and what instead', () => {
    const error = (() => {
      try {
        requireNoLoneSeat(rows, takenOf(), ['hall:A:2', 'hall:A:3']);
      } catch (e) {
        return e as DomainError;
      }
      throw new Error('not refused');
    })();
    expect(error).toMatchObject({
      code: 'inventory.lone-seat',
      kind: 'conflict',
      details: { seats: ['hall:A:1', 'hall:A:4'], suggestion: ['hall:A:1', 'hall:A:2'] },
    });
    expect(() => requireNoLoneSeat(rows, takenOf(), ['hall:A:1', 'hall:A:2'])).not.toThrow();
    // Nothing better anywhere: the buyer may have them.
    const tight = seatRows(row('A', [1, 2, 3]));
    expect(() => requireNoLoneSeat(tight, takenOf(), ['hall:A:2', 'hall:A:3'])).not.toThrow();
  });
});
