import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { PayPalReturns } from '../shared/paypal/paypal-returns';
import { CapturePayPalOrderCommand } from './capture-paypal-order.command';

/**
 * The buyer is back from PayPal's approval page: the approved order is captured (once: PayPal
 * answers a repeat with the first answer) and the booking confirmed, or the decline recorded.
 */
@CommandHandler(CapturePayPalOrderCommand)
export class CapturePayPalOrderHandler implements ICommandHandler<CapturePayPalOrderCommand> {
  constructor(private readonly returns: PayPalReturns) {}

  execute({ data, context }: CapturePayPalOrderCommand) {
    return this.returns.capture(data.orderId, context);
  }
}
