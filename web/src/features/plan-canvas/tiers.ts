import { formatMoney } from '../../lib/format';
import type { PriceTier } from '../../lib/money';
import type { TierInfo } from './planStyle';

export const tierInfos = (tiers: readonly PriceTier[]): TierInfo[] =>
  tiers.map((t) => ({ id: t.id, name: t.name, price: formatMoney(t.price.amount, t.price.currency) }));
