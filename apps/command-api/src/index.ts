export { CommandApiModule } from './command-api.module';
export { AccountRegistration } from './accounts/shared/account-registration';
export { emailStreamKey } from './accounts/shared/email-key';
export { CreateEventCommand, type CreateEventResult } from './catalog/create-event/create-event.command';
export { PublishEventCommand } from './catalog/publish-event/publish-event.command';
export { HoldSeatsCommand } from './inventory/hold-seats/hold-seats.command';
export { PlaceBookingCommand } from './booking/place-booking/place-booking.command';
export { PayBookingCommand } from './booking/pay-booking/pay-booking.command';
export { ChangeEventStatusCommand, type LifecycleStep } from './catalog/event-lifecycle/event-lifecycle.command';
export {
  TEST_CARDS,
  TestModePaymentProvider,
  PAYMENT_PROVIDER,
  type PaymentProvider,
} from './booking/shared/payment-provider';
export { CatalogReader } from './inventory/shared/catalog-reader';
