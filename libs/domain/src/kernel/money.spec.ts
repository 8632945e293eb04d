import { DomainError } from './domain-error';
import {
  add,
  allocate,
  compare,
  formatMoney,
  isZero,
  minorDigits,
  money,
  multiply,
  subtract,
  sum,
  toDecimalString,
} from './money';

const eur = (amount: number) => money(amount, 'EUR');

/** Runs fn and returns the DomainError code it throws (fails the test if it does not throw one). */
function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  throw new Error('expected a DomainError');
}

/** A small seeded PRNG so the property tests are random but reproducible. */
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('money()', () => {
  it('accepts whole minor units and an ISO 4217 code', () => {
    expect(money(1250, 'EUR')).toEqual({ amount: 1250, currency: 'EUR' });
    expect(money(-5, 'USD')).toEqual({ amount: -5, currency: 'USD' });
    expect(money(Number.MAX_SAFE_INTEGER, 'EUR').amount).toBe(9007199254740991);
    expect(money(Number.MIN_SAFE_INTEGER, 'EUR').amount).toBe(-9007199254740991);
  });

  it('normalises -0 to 0 so equal amounts compare equal', () => {
    expect(Object.is(money(-0, 'EUR').amount, 0)).toBe(true);
    expect(multiply(eur(-5), 0)).toEqual(eur(0));
  });

  it.each([0.5, 12.3, -0.01, NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER + 1, Number.MIN_SAFE_INTEGER - 1, 1e21])(
    'refuses %p as an amount',
    (amount) => {
      expect(codeOf(() => money(amount, 'EUR'))).toBe('money.not-integer');
    },
  );

  it.each(['eur', 'EU', 'EURO', '', '€', 'E1R', ' EUR', 'EUR '])('refuses currency %p', (currency) => {
    expect(codeOf(() => money(1, currency))).toBe('money.bad-currency');
  });

  it('refuses with a validation error', () => {
    expect(() => money(0.5, 'EUR')).toThrow(expect.objectContaining({ kind: 'validation' }));
  });
});

describe('arithmetic', () => {
  it('adds, subtracts and multiplies in minor units', () => {
    expect(add(eur(1050), eur(-50))).toEqual(eur(1000));
    expect(subtract(eur(1000), eur(1050))).toEqual(eur(-50));
    expect(multiply(eur(333), 3)).toEqual(eur(999));
    expect(multiply(eur(333), -2)).toEqual(eur(-666));
  });

  it('does not suffer float drift (0.1 + 0.2)', () => {
    expect(add(eur(10), eur(20))).toEqual(eur(30));
    expect(toDecimalString(sum([eur(10), eur(20)], 'EUR'))).toBe('0.30');
  });

  it('refuses to combine currencies', () => {
    const usd = money(100, 'USD');
    expect(codeOf(() => add(eur(1), usd))).toBe('money.currency-mismatch');
    expect(codeOf(() => subtract(eur(1), usd))).toBe('money.currency-mismatch');
    expect(codeOf(() => compare(eur(1), usd))).toBe('money.currency-mismatch');
    expect(codeOf(() => sum([eur(1), usd], 'EUR'))).toBe('money.currency-mismatch');
    expect(codeOf(() => sum([usd], 'EUR'))).toBe('money.currency-mismatch');
  });

  it.each([1.5, NaN, Infinity, Number.MAX_SAFE_INTEGER + 2])('refuses factor %p', (factor) => {
    expect(codeOf(() => multiply(eur(100), factor))).toBe('money.bad-factor');
  });

  it('refuses results beyond safe integers instead of losing precision', () => {
    expect(codeOf(() => add(eur(Number.MAX_SAFE_INTEGER), eur(1)))).toBe('money.not-integer');
    expect(codeOf(() => subtract(eur(Number.MIN_SAFE_INTEGER), eur(1)))).toBe('money.not-integer');
    expect(codeOf(() => multiply(eur(Number.MAX_SAFE_INTEGER), 2))).toBe('money.not-integer');
  });

  it('compares', () => {
    expect(compare(eur(1), eur(2))).toBe(-1);
    expect(compare(eur(2), eur(1))).toBe(1);
    expect(compare(eur(7), eur(7))).toBe(0);
    expect(compare(eur(Number.MIN_SAFE_INTEGER), eur(Number.MAX_SAFE_INTEGER))).toBe(-1);
    expect(compare(eur(Number.MAX_SAFE_INTEGER), eur(Number.MAX_SAFE_INTEGER - 1))).toBe(1);
  });

  it('knows zero', () => {
    expect(isZero(eur(0))).toBe(true);
    expect(isZero(eur(1))).toBe(false);
  });

  it('sums, with zero in the given currency for an empty list', () => {
    expect(sum([], 'JPY')).toEqual(money(0, 'JPY'));
    expect(sum([eur(1), eur(2), eur(-3), eur(40)], 'EUR')).toEqual(eur(40));
    expect(codeOf(() => sum([], 'yen'))).toBe('money.bad-currency');
  });
});

describe('allocate', () => {
  const amounts = (total: number, ratios: number[], currency = 'EUR') =>
    allocate(money(total, currency), ratios).map((m) => m.amount);

  it('splits 100 into thirds without losing a cent (earlier shares get the leftover on ties)', () => {
    expect(amounts(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(amounts(101, [1, 1, 1])).toEqual([34, 34, 33]);
    expect(amounts(99, [1, 1, 1])).toEqual([33, 33, 33]);
  });

  it('gives the leftover to the largest remainder first', () => {
    expect(amounts(100, [1, 2])).toEqual([33, 67]); // 33.33 and 66.67
    expect(amounts(10, [3, 7, 10])).toEqual([2, 3, 5]); // 1.5, 3.5, 5
    expect(amounts(5, [1, 3])).toEqual([1, 4]); // 1.25 and 3.75
  });

  it('keeps the currency', () => {
    expect(allocate(money(1000, 'JPY'), [1, 1])).toEqual([money(500, 'JPY'), money(500, 'JPY')]);
  });

  it('splits negative amounts symmetrically', () => {
    expect(amounts(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
    expect(amounts(-100, [1, 2])).toEqual([-33, -67]);
  });

  it('gives nothing to zero ratios, even when there is a leftover', () => {
    expect(amounts(100, [0, 1, 1, 1])).toEqual([0, 34, 33, 33]);
    expect(amounts(-7, [1, 0, 1])).toEqual([-4, 0, -3]);
    expect(amounts(5, [0, 0, 3])).toEqual([0, 0, 5]);
  });

  it('splits zero into zeros', () => {
    expect(allocate(eur(0), [1, 2, 3])).toEqual([eur(0), eur(0), eur(0)]);
  });

  it('stays exact where amount × ratio passes 2^53', () => {
    expect(amounts(Number.MAX_SAFE_INTEGER, [3, 1])).toEqual([6755399441055743, 2251799813685248]);
    const shares = amounts(Number.MAX_SAFE_INTEGER, [Number.MAX_SAFE_INTEGER, 1]);
    expect(shares).toEqual([Number.MAX_SAFE_INTEGER - 1, 1]);
  });

  it.each([[[]], [[0, 0]], [[1, -1]], [[1.5, 1]], [[NaN]], [[Infinity, 1]]])('refuses ratios %p', (ratios) => {
    expect(codeOf(() => allocate(eur(100), ratios))).toBe('money.bad-ratios');
  });

  it('always sums to the total and keeps every share within a cent of its exact part (random)', () => {
    const random = mulberry32(20240601);
    const scales = [100, 10_000, 1e9, Number.MAX_SAFE_INTEGER];
    for (let run = 0; run < 3000; run++) {
      const scale = scales[run % scales.length];
      const total = Math.round((random() * 2 - 1) * scale);
      const ratios = Array.from({ length: 1 + Math.floor(random() * 8) }, () =>
        random() < 0.2 ? 0 : Math.floor(random() * (run % 2 ? 1000 : 5)),
      );
      if (!ratios.some((r) => r > 0)) ratios[0] = 1;

      const shares = allocate(eur(total), ratios);
      const totalRatio = BigInt(ratios.reduce((a, b) => a + b, 0));
      expect(shares.reduce((acc, s) => acc + BigInt(s.amount), 0n)).toBe(BigInt(total));
      shares.forEach((share, i) => {
        expect(share.currency).toBe('EUR');
        expect(Number.isSafeInteger(share.amount)).toBe(true);
        if (ratios[i] === 0) expect(share.amount).toBe(0);
        // |share × totalRatio − total × ratio| < totalRatio, i.e. |share − exact| < 1
        const error = BigInt(share.amount) * totalRatio - BigInt(total) * BigInt(ratios[i]);
        expect(error < totalRatio && -error < totalRatio).toBe(true);
      });
    }
  });
});

describe('toDecimalString', () => {
  it.each([
    [1230, 'EUR', '12.30'],
    [5, 'EUR', '0.05'],
    [-5, 'EUR', '-0.05'],
    [-1230, 'EUR', '-12.30'],
    [0, 'EUR', '0.00'],
    [100, 'EUR', '1.00'],
    [1200, 'JPY', '1200'],
    [-1200, 'JPY', '-1200'],
    [0, 'JPY', '0'],
    [1234, 'KWD', '1.234'],
    [5, 'KWD', '0.005'],
    [-50, 'KWD', '-0.050'],
    [Number.MAX_SAFE_INTEGER, 'EUR', '90071992547409.91'],
    [Number.MIN_SAFE_INTEGER, 'EUR', '-90071992547409.91'],
  ])('%p %s → %s', (amount, currency, expected) => {
    expect(toDecimalString(money(amount, currency))).toBe(expected);
  });

  it('uses ISO 4217 minor digits (two unless listed)', () => {
    expect(minorDigits('EUR')).toBe(2);
    expect(minorDigits('JPY')).toBe(0);
    expect(minorDigits('KWD')).toBe(3);
    expect(minorDigits('XYZ')).toBe(2);
  });
});

describe('formatMoney', () => {
  it('formats in English by default', () => {
    expect(formatMoney(eur(123450))).toBe('€1,234.50');
    expect(formatMoney(eur(-5), 'en')).toBe('-€0.05');
    expect(formatMoney(money(1200, 'USD'), 'en-US')).toBe('$12.00');
  });

  it('formats yen without decimals, in Japanese too', () => {
    expect(formatMoney(money(1200, 'JPY'), 'ja')).toBe('￥1,200');
    expect(formatMoney(money(1200, 'JPY'), 'en')).toBe('¥1,200');
  });

  it('formats three-decimal currencies', () => {
    expect(formatMoney(money(1234, 'KWD'), 'en')).toBe('KWD\u00a01.234');
  });

  it('shows ISO minor digits where CLDR would round them away (IQD)', () => {
    expect(formatMoney(money(1500, 'IQD'), 'en')).toBe('IQD\u00a01.500');
  });

  it('formats large amounts exactly, without float rounding', () => {
    expect(formatMoney(eur(Number.MAX_SAFE_INTEGER), 'en')).toBe('€90,071,992,547,409.91');
    expect(formatMoney(eur(Number.MAX_SAFE_INTEGER - 1), 'en')).toBe('€90,071,992,547,409.90');
  });

  it('follows the locale', () => {
    // de uses a no-break space before the symbol.
    expect(formatMoney(eur(123450), 'de')).toBe('1.234,50\u00a0€');
  });
});
