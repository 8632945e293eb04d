import { RequestCommand } from '../../http/request-command';

export type RemovePaymentMethodData = Readonly<{ paymentMethodId: string }>;
export type RemovePaymentMethodResult = { paymentMethodId: string; removed: true; position: bigint };

export class RemovePaymentMethodCommand extends RequestCommand<RemovePaymentMethodData, RemovePaymentMethodResult> {}
