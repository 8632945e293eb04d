import { RequestCommand } from '../../http/request-command';
import type { PayPalReturnResult } from '../shared/paypal/paypal-returns';

export type CapturePayPalOrderData = Readonly<{ orderId: string }>;

export class CapturePayPalOrderCommand extends RequestCommand<CapturePayPalOrderData, PayPalReturnResult> {}
