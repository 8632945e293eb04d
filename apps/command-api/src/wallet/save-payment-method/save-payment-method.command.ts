import { RequestCommand } from '../../http/request-command';
import type { SavedCardView } from '../shared/wallet-cards';

export type SavePaymentMethodData = Readonly<{ card: { cardNumber: string } | { paymentMethodId: string } }>;
export type SavePaymentMethodResult = { card: SavedCardView; position: bigint };

export class SavePaymentMethodCommand extends RequestCommand<SavePaymentMethodData, SavePaymentMethodResult> {}
