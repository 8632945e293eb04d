import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { PayPalReturns } from '../shared/paypal/paypal-returns';
import { CancelPayPalOrderCommand } from './cancel-paypal-order.command';

/** The buyer left PayPal without paying: the attempt is canceled, and the booking can be paid again at once. */
@CommandHandler(CancelPayPalOrderCommand)
export class CancelPayPalOrderHandler implements ICommandHandler<CancelPayPalOrderCommand> {
  constructor(private readonly returns: PayPalReturns) {}

  execute({ data, context }: CancelPayPalOrderCommand) {
    return this.returns.cancel(data.orderId, context);
  }
}
