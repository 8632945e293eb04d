/** The invoice settings form: percentages typed as text, sent as basis points. */
export type SettingsFormValues = {
  sellerName: string;
  sellerAddress: string;
  taxId: string;
  numberPrefix: string;
  defaultTaxRate: string;
  /** `kids=7, vip=19`: a tier id and its percentage, comma-separated. */
  tierTaxRates: string;
};

export type SettingsRequest = {
  sellerName: string;
  sellerAddress: string;
  taxId?: string;
  numberPrefix?: string;
  defaultTaxRate: number;
  tierTaxRates: { tierId: string; taxRate: number }[];
};

export type InvoiceSettings = Omit<SettingsRequest, 'taxId' | 'numberPrefix'> & {
  configured: boolean;
  taxId?: string;
  numberPrefix: string;
};

/** "19" or "7.5" or "19,5" → basis points; undefined if it is not a percentage from 0 to 100 with ≤ 2 decimals. */
export function percentToBasisPoints(text: string): number | undefined {
  const match = /^\s*(\d{1,3})(?:[.,](\d{1,2}))?\s*%?\s*$/.exec(text);
  if (!match) return undefined;
  const points = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return points <= 10_000 ? points : undefined;
}

export const basisPointsToPercent = (points: number) => String(points / 100);

export function toFormValues(settings: InvoiceSettings): SettingsFormValues {
  return {
    sellerName: settings.sellerName,
    sellerAddress: settings.sellerAddress,
    taxId: settings.taxId ?? '',
    numberPrefix: settings.numberPrefix,
    defaultTaxRate: basisPointsToPercent(settings.defaultTaxRate),
    tierTaxRates: settings.tierTaxRates.map((t) => `${t.tierId}=${basisPointsToPercent(t.taxRate)}`).join(', '),
  };
}

export function toSettingsRequest(values: SettingsFormValues): {
  request?: SettingsRequest;
  errors: Partial<Record<keyof SettingsFormValues, string>>;
} {
  const errors: Partial<Record<keyof SettingsFormValues, string>> = {};
  if (!values.sellerName.trim()) errors.sellerName = 'Enter the name printed as the seller';
  if (!values.sellerAddress.trim()) errors.sellerAddress = "Enter the seller's address";
  const prefix = values.numberPrefix.trim();
  if (prefix && !/^[A-Za-z0-9]{1,12}$/.test(prefix)) errors.numberPrefix = '1 to 12 letters or digits';
  const defaultTaxRate = percentToBasisPoints(values.defaultTaxRate);
  if (defaultTaxRate === undefined) errors.defaultTaxRate = 'A percentage from 0 to 100, e.g. 19 or 7.5';
  const tierTaxRates: SettingsRequest['tierTaxRates'] = [];
  for (const part of values.tierTaxRates
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [tierId, rate] = part.split('=').map((s) => s.trim());
    const taxRate = rate === undefined ? undefined : percentToBasisPoints(rate);
    if (!tierId || taxRate === undefined || tierTaxRates.some((t) => t.tierId === tierId)) {
      errors.tierTaxRates = 'Write each tier once as tier=percent, e.g. kids=7, vip=19';
      break;
    }
    tierTaxRates.push({ tierId, taxRate });
  }
  if (Object.keys(errors).length > 0 || defaultTaxRate === undefined) return { errors };
  return {
    errors,
    request: {
      sellerName: values.sellerName.trim(),
      sellerAddress: values.sellerAddress.trim(),
      ...(values.taxId.trim() ? { taxId: values.taxId.trim() } : {}),
      ...(prefix ? { numberPrefix: prefix.toUpperCase() } : {}),
      defaultTaxRate,
      tierTaxRates,
    },
  };
}
