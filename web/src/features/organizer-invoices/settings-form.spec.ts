import { describe, expect, it } from 'vitest';
import { percentToBasisPoints, toFormValues, toSettingsRequest, type SettingsFormValues } from './settings-form';

const values: SettingsFormValues = {
  sellerName: ' Harbour Concerts ',
  sellerAddress: 'Hafenstr. 1',
  taxId: '',
  numberPrefix: 'harb',
  defaultTaxRate: '19',
  tierTaxRates: 'kids=7, vip = 19.5',
};

describe('invoice settings form', () => {
  it('reads percentages as basis points', () => {
    expect(percentToBasisPoints('19')).toBe(1900);
    expect(percentToBasisPoints('7,5')).toBe(750);
    expect(percentToBasisPoints('0.25 %')).toBe(25);
    expect(percentToBasisPoints('100')).toBe(10_000);
    for (const bad of ['', '101', '-1', '1.234', 'x']) expect(percentToBasisPoints(bad)).toBeUndefined();
  });

  it('builds the request, and the form back from saved settings', () => {
    const { request, errors } = toSettingsRequest(values);
    expect(errors).toEqual({});
    expect(request).toEqual({
      sellerName: 'Harbour Concerts',
      sellerAddress: 'Hafenstr. 1',
      numberPrefix: 'HARB',
      defaultTaxRate: 1900,
      tierTaxRates: [
        { tierId: 'kids', taxRate: 700 },
        { tierId: 'vip', taxRate: 1950 },
      ],
    });
    expect(toFormValues({ ...request!, configured: true, numberPrefix: 'HARB' }).tierTaxRates).toBe('kids=7, vip=19.5');
  });

  it('names each field it cannot send', () => {
    const { request, errors } = toSettingsRequest({
      ...values,
      sellerName: ' ',
      numberPrefix: 'no spaces',
      defaultTaxRate: '120',
      tierTaxRates: 'kids=7, kids=8',
    });
    expect(request).toBeUndefined();
    expect(Object.keys(errors).sort()).toEqual(['defaultTaxRate', 'numberPrefix', 'sellerName', 'tierTaxRates']);
  });
});
