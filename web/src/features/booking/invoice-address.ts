import type { InvoiceAddress } from '../invoices';

/** The checkout's invoice address fields, as typed. */
export type InvoiceAddressForm = {
  wanted: boolean;
  name: string;
  company: string;
  street: string;
  postalCode: string;
  city: string;
  country: string;
  vatId: string;
};

export const emptyInvoiceAddress = (name = ''): InvoiceAddressForm => ({
  wanted: false,
  name,
  company: '',
  street: '',
  postalCode: '',
  city: '',
  country: '',
  vatId: '',
});

export type InvoiceAddressErrors = Partial<Record<'name' | 'street' | 'postalCode' | 'city' | 'country', string>>;

/** The address to send (none unless wanted), or what is missing. The server checks again. */
export function invoiceAddressOf(form: InvoiceAddressForm): { address?: InvoiceAddress; errors: InvoiceAddressErrors } {
  if (!form.wanted) return { errors: {} };
  const t = (s: string) => s.trim();
  const errors: InvoiceAddressErrors = {};
  if (!t(form.name)) errors.name = 'Enter the name the invoice is made out to.';
  if (!t(form.street)) errors.street = 'Enter the street and number.';
  if (!t(form.postalCode)) errors.postalCode = 'Enter the postal code.';
  if (!t(form.city)) errors.city = 'Enter the city.';
  if (!/^[A-Za-z]{2}$/.test(t(form.country))) errors.country = 'Enter the two-letter country code, e.g. DE.';
  if (Object.keys(errors).length > 0) return { errors };
  return {
    errors,
    address: {
      name: t(form.name),
      ...(t(form.company) ? { company: t(form.company) } : {}),
      street: t(form.street),
      postalCode: t(form.postalCode),
      city: t(form.city),
      country: t(form.country).toUpperCase(),
      ...(t(form.vatId) ? { vatId: t(form.vatId) } : {}),
    },
  };
}
