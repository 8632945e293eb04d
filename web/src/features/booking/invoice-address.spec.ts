import { describe, expect, it } from 'vitest';
import { emptyInvoiceAddress, invoiceAddressOf } from './invoice-address';

describe('checkout invoice address', () => {
  it('sends nothing unless the buyer wants an invoice address', () => {
    expect(invoiceAddressOf({ ...emptyInvoiceAddress('Ada'), street: 'x' })).toEqual({ errors: {} });
  });
  it('sends the trimmed address with the country in capitals, optional parts left out when empty', () => {
    const form = {
      ...emptyInvoiceAddress(' Ada '),
      wanted: true,
      street: ' 12 St James Sq ',
      postalCode: 'SW1Y 4JH',
      city: 'London',
      country: 'gb',
    };
    expect(invoiceAddressOf(form).address).toEqual({
      name: 'Ada',
      street: '12 St James Sq',
      postalCode: 'SW1Y 4JH',
      city: 'London',
      country: 'GB',
    });
  });
  it('names what is missing', () => {
    expect(
      Object.keys(invoiceAddressOf({ ...emptyInvoiceAddress(), wanted: true, country: 'GBR' }).errors).sort(),
    ).toEqual(['city', 'country', 'name', 'postalCode', 'street']);
  });
});
