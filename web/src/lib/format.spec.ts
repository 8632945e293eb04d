import { describe, expect, it } from 'vitest';
import {
  capitalize,
  countryName,
  formatDateTime,
  formatDuration,
  formatInZone,
  formatMoney,
  minorDigits,
  minorToDecimal,
  seatsLeft,
} from './format';

describe('money', () => {
  it('knows each currency’s minor unit', () => {
    expect(minorDigits('EUR')).toBe(2);
    expect(minorDigits('JPY')).toBe(0);
    expect(minorDigits('KWD')).toBe(3);
    expect(minorDigits('not a currency')).toBe(2);
  });

  it('turns minor units into an exact decimal string, without float division', () => {
    expect(minorToDecimal(2500, 2)).toBe('25.00');
    expect(minorToDecimal(5, 2)).toBe('0.05');
    expect(minorToDecimal(-1999, 2)).toBe('-19.99');
    expect(minorToDecimal(1234, 0)).toBe('1234');
    expect(minorToDecimal(900719925474099, 2)).toBe('9007199254740.99');
  });

  it('formats an amount in its currency, and falls back to the raw figures for an unknown currency', () => {
    expect(formatMoney(2500, 'EUR')).toBe(
      new Intl.NumberFormat(undefined, { style: 'currency', currency: 'EUR' }).format(25),
    );
    expect(formatMoney(1200, 'JPY')).toContain('1,200');
    expect(formatMoney(2500, 'nope')).toBe('2500 nope');
  });
});

describe('text', () => {
  it('says how many seats are left', () => {
    expect(seatsLeft(0)).toBe('Sold out');
    expect(seatsLeft(-3)).toBe('Sold out');
    expect(seatsLeft(0, 2)).toBe('All seats held');
    expect(seatsLeft(1)).toBe('1 seat left');
    expect(seatsLeft(12)).toBe('12 seats left');
  });

  it('formats a countdown', () => {
    expect(formatDuration(245)).toBe('4:05');
    expect(formatDuration(3723)).toBe('1:02:03');
    expect(formatDuration(-5)).toBe('0:00');
    expect(formatDuration(59.9)).toBe('0:59');
  });

  it('capitalizes and names countries, keeping what it cannot name', () => {
    expect(capitalize('attendee')).toBe('Attendee');
    expect(capitalize('')).toBe('');
    expect(countryName('de')).toBe(new Intl.DisplayNames(undefined, { type: 'region' }).of('DE'));
    expect(countryName('not a code')).toBe('not a code');
  });
});

describe('dates', () => {
  it('shows an unreadable date as it came', () => {
    expect(formatDateTime('soon')).toBe('soon');
    expect(formatInZone('soon', 'Europe/Paris')).toBe('soon');
  });

  it('formats in the event’s zone and names it', () => {
    const iso = '2026-12-05T18:30:00Z';
    const paris = new Intl.DateTimeFormat(undefined, {
      dateStyle: 'full',
      timeStyle: 'short',
      timeZone: 'Europe/Paris',
    });
    expect(formatInZone(iso, 'Europe/Paris')).toBe(`${paris.format(new Date(iso))} (Europe/Paris)`);
    expect(formatInZone(iso, 'America/New_York')).toMatch(/\(America\/New York\)$/);
    // An unknown zone falls back to the browser's, without a name.
    expect(formatInZone(iso, 'Not/AZone')).not.toMatch(/\(/);
  });

  it('makes one formatter per zone, however often it formats in it (each costs ~10 ms on a slow phone)', () => {
    const Real = Intl.DateTimeFormat;
    let made = 0;
    Intl.DateTimeFormat = class extends Real {
      constructor(...args: ConstructorParameters<typeof Real>) {
        super(...args);
        made += 1;
      }
    } as typeof Real;
    try {
      formatInZone('2026-12-05T18:30:00Z', 'Asia/Tokyo');
      formatInZone('2026-12-06T18:30:00Z', 'Asia/Tokyo');
      expect(formatInZone('2026-12-07T18:30:00Z', 'Asia/Tokyo')).toMatch(/\(Asia\/Tokyo\)$/);
      expect(made).toBe(1);
      formatInZone('2026-12-05T18:30:00Z', 'Australia/Perth');
      expect(made).toBe(2);
    } finally {
      Intl.DateTimeFormat = Real;
    }
  });
});
