import { RequestCommand } from '../../http/request-command';
import type { PayPalReturnResult } from '../shared/paypal/paypal-returns';

export type CancelPayPalOrderData = Readonly<{ orderId: string }>;

export class CancelPayPalOrderCommand extends RequestCommand<CancelPayPalOrderData, PayPalReturnResult> {}
