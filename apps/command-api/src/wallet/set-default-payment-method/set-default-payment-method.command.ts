import { RequestCommand } from '../../http/request-command';
import type { SavedCardView } from '../shared/wallet-cards';

export type SetDefaultPaymentMethodData = Readonly<{ paymentMethodId: string }>;
export type SetDefaultPaymentMethodResult = { card: SavedCardView; position: bigint };

export class SetDefaultPaymentMethodCommand extends RequestCommand<
  SetDefaultPaymentMethodData,
  SetDefaultPaymentMethodResult
> {}
