import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CommandPipelineModule } from '@booking/command-pipeline';
import { APP_CONFIG, type AppConfig, PublicOrigin } from '@booking/platform';
import { ProcessManagersModule } from '@booking/process-managers';
import { AccountsModule } from './accounts/accounts.module';
import { ArrangeImagesController } from './catalog/arrange-images/arrange-images.controller';
import { EventImagesController } from './catalog/event-images/event-images.controller';
import { EditEventController } from './catalog/edit-event/edit-event.controller';
import { EditEventHandler } from './catalog/edit-event/edit-event.handler';
import { ChangeImageAltHandler, ReorderGalleryHandler } from './catalog/arrange-images/arrange-images.handler';
import { AddEventImageHandler, RemoveEventImageHandler } from './catalog/event-images/event-images.handler';
import { ClearSeatingPlanHandler, SetSeatingPlanHandler } from './catalog/seating-plan/seating-plan.handler';
import { EventLifecycleController } from './catalog/event-lifecycle/event-lifecycle.controller';
import { ChangeEventStatusHandler } from './catalog/event-lifecycle/event-lifecycle.handler';
import { CreateEventController } from './catalog/create-event/create-event.controller';
import { CreateEventHandler } from './catalog/create-event/create-event.handler';
import { PublishEventController } from './catalog/publish-event/publish-event.controller';
import { PublishEventHandler } from './catalog/publish-event/publish-event.handler';
import { AddCategoryController } from './categories/add-category/add-category.controller';
import { RenameCategoryController } from './categories/rename-category/rename-category.controller';
import { RetireCategoryController } from './categories/retire-category/retire-category.controller';
import { AddCategoryHandler } from './categories/add-category/add-category.handler';
import { RenameCategoryHandler } from './categories/rename-category/rename-category.handler';
import { RestoreCategoryHandler, RetireCategoryHandler } from './categories/retire-category/retire-category.handler';
import { SeatingPlanController } from './catalog/seating-plan/seating-plan.controller';
import { CancelBookingController } from './booking/cancel-booking/cancel-booking.controller';
import { CancelBookingHandler } from './booking/cancel-booking/cancel-booking.handler';
import { PayBookingController } from './booking/pay-booking/pay-booking.controller';
import { PayBookingHandler } from './booking/pay-booking/pay-booking.handler';
import { PlaceBookingController } from './booking/place-booking/place-booking.controller';
import { PlaceBookingHandler } from './booking/place-booking/place-booking.handler';
import { RequestGroupBookingController } from './group-requests/request-group-booking/request-group-booking.controller';
import { RequestGroupBookingHandler } from './group-requests/request-group-booking/request-group-booking.handler';
import { ApproveGroupRequestController } from './group-requests/approve-group-request/approve-group-request.controller';
import { ApproveGroupRequestHandler } from './group-requests/approve-group-request/approve-group-request.handler';
import { DeclineGroupRequestController } from './group-requests/decline-group-request/decline-group-request.controller';
import { DeclineGroupRequestHandler } from './group-requests/decline-group-request/decline-group-request.handler';
import { ResendTicketsController } from './booking/resend-tickets/resend-tickets.controller';
import { ResendTicketsHandler } from './booking/resend-tickets/resend-tickets.handler';
import { ReissueTicketController } from './booking/reissue-ticket/reissue-ticket.controller';
import { ReissueTicketHandler } from './booking/reissue-ticket/reissue-ticket.handler';
import { TicketChangeTermsReader } from './booking/shared/ticket-change-terms';
import { TransferTicketController } from './booking/transfer-ticket/transfer-ticket.controller';
import { TransferTicketHandler } from './booking/transfer-ticket/transfer-ticket.handler';
import { PAYMENT_PROVIDER, type PaymentProvider } from './payments/shared/payment-provider';
import { StripePaymentProvider, stripeClient } from './payments/shared/stripe/stripe-provider';
import { ProviderRefundGateway } from './payments/shared/refund-gateway';
import { IssueRefundController } from './payments/issue-refund/issue-refund.controller';
import { IssueRefundHandler } from './payments/issue-refund/issue-refund.handler';
import { ReconcileProviderController } from './payments/reconcile-provider/reconcile-provider.controller';
import { ReconcileProviderHandler } from './payments/reconcile-provider/reconcile-provider.handler';
import { ResolveRefundController } from './payments/resolve-refund/resolve-refund.controller';
import { ResolveRefundHandler } from './payments/resolve-refund/resolve-refund.handler';
import { TestModePaymentProvider } from './payments/shared/test-mode/test-mode-provider';
import { PaymentAttempts } from './payments/shared/payment-attempts';
import { ReceiveWebhookController } from './payments/receive-webhook/receive-webhook.controller';
import { ReceiveWebhookHandler } from './payments/receive-webhook/receive-webhook.handler';
import { CompleteChallengeController } from './payments/complete-challenge/complete-challenge.controller';
import { CompleteChallengeHandler } from './payments/complete-challenge/complete-challenge.handler';
import { CapturePayPalOrderController } from './payments/capture-paypal-order/capture-paypal-order.controller';
import { CapturePayPalOrderHandler } from './payments/capture-paypal-order/capture-paypal-order.handler';
import { CancelPayPalOrderController } from './payments/cancel-paypal-order/cancel-paypal-order.controller';
import { CancelPayPalOrderHandler } from './payments/cancel-paypal-order/cancel-paypal-order.handler';
import { ReceivePayPalWebhookController } from './payments/receive-paypal-webhook/receive-paypal-webhook.controller';
import { ReceivePayPalWebhookHandler } from './payments/receive-paypal-webhook/receive-paypal-webhook.handler';
import { RefusedDeliveries } from './payments/receive-paypal-webhook/refused-deliveries';
import { PAYPAL_PROVIDER, PaymentProviders } from './payments/shared/payment-providers';
import { PayPalClient } from './payments/shared/paypal/paypal-client';
import { PayPalPaymentProvider } from './payments/shared/paypal/paypal-provider';
import { PayPalReturns } from './payments/shared/paypal/paypal-returns';
import { SavePaymentMethodController } from './wallet/save-payment-method/save-payment-method.controller';
import { SavePaymentMethodHandler } from './wallet/save-payment-method/save-payment-method.handler';
import { SetDefaultPaymentMethodController } from './wallet/set-default-payment-method/set-default-payment-method.controller';
import { SetDefaultPaymentMethodHandler } from './wallet/set-default-payment-method/set-default-payment-method.handler';
import { RemovePaymentMethodController } from './wallet/remove-payment-method/remove-payment-method.controller';
import { RemovePaymentMethodHandler } from './wallet/remove-payment-method/remove-payment-method.handler';
import { WalletCards } from './wallet/shared/wallet-cards';
import { CheckInBatchController } from './checkin/check-in-batch/check-in-batch.controller';
import { CheckInBatchHandler } from './checkin/check-in-batch/check-in-batch.handler';
import { CheckInManuallyController } from './checkin/check-in-manually/check-in-manually.controller';
import { CheckInManuallyHandler } from './checkin/check-in-manually/check-in-manually.handler';
import { CheckInTicketController } from './checkin/check-in-ticket/check-in-ticket.controller';
import { CheckInTicketHandler } from './checkin/check-in-ticket/check-in-ticket.handler';
import { Door } from './checkin/shared/door';
import { TicketBookings } from './checkin/shared/ticket-bookings';
import { acceptIdempotencyKeys } from './http/idempotency.interceptor';
import { HoldSeatsController } from './inventory/hold-seats/hold-seats.controller';
import { HoldSeatsHandler } from './inventory/hold-seats/hold-seats.handler';
import { JoinWaitlistController } from './inventory/join-waitlist/join-waitlist.controller';
import { JoinWaitlistHandler } from './inventory/join-waitlist/join-waitlist.handler';
import { LeaveWaitlistController } from './inventory/leave-waitlist/leave-waitlist.controller';
import { LeaveWaitlistHandler } from './inventory/leave-waitlist/leave-waitlist.handler';
import { ReleaseHoldController } from './inventory/release-hold/release-hold.controller';
import { ReleaseHoldHandler } from './inventory/release-hold/release-hold.handler';
import { BuyerAllowance } from './inventory/shared/buyer-allowance';
import { CatalogReader } from './inventory/shared/catalog-reader';
import { EventSections } from './inventory/shared/event-sections';
import { CheckoutPricing } from './booking/shared/checkout-pricing';
import { CheckAccessController } from './promotions/check-access/check-access.controller';
import { CheckAccessHandler } from './promotions/check-access/check-access.handler';
import { QuoteBookingController } from './booking/quote-booking/quote-booking.controller';
import { QuoteBookingHandler } from './booking/quote-booking/quote-booking.handler';
import { CreatePromoCodeController } from './promotions/create-promo-code/create-promo-code.controller';
import { CreatePromoCodeHandler } from './promotions/create-promo-code/create-promo-code.handler';
import { DisablePromoCodeController } from './promotions/disable-promo-code/disable-promo-code.controller';
import { DisablePromoCodeHandler } from './promotions/disable-promo-code/disable-promo-code.handler';
import { RegisterWebhookEndpointController } from './webhooks/register-webhook-endpoint/register-webhook-endpoint.controller';
import { RegisterWebhookEndpointHandler } from './webhooks/register-webhook-endpoint/register-webhook-endpoint.handler';
import { ChangeWebhookEndpointController } from './webhooks/change-webhook-endpoint/change-webhook-endpoint.controller';
import { ChangeWebhookEndpointHandler } from './webhooks/change-webhook-endpoint/change-webhook-endpoint.handler';
import { RotateWebhookSecretController } from './webhooks/rotate-webhook-secret/rotate-webhook-secret.controller';
import { RotateWebhookSecretHandler } from './webhooks/rotate-webhook-secret/rotate-webhook-secret.handler';
import { DeleteWebhookEndpointController } from './webhooks/delete-webhook-endpoint/delete-webhook-endpoint.controller';
import { DeleteWebhookEndpointHandler } from './webhooks/delete-webhook-endpoint/delete-webhook-endpoint.handler';
import { ResendWebhookDeliveryController } from './webhooks/resend-webhook-delivery/resend-webhook-delivery.controller';
import { ResendWebhookDeliveryHandler } from './webhooks/resend-webhook-delivery/resend-webhook-delivery.handler';
import { WebhookSecrets } from './webhooks/shared/webhook-secrets';

import { SetInvoiceSettingsController } from './invoicing/set-invoice-settings/set-invoice-settings.controller';
import { SetInvoiceSettingsHandler } from './invoicing/set-invoice-settings/set-invoice-settings.handler';

const httpControllers = [
  SetInvoiceSettingsController,
  EventImagesController,
  ArrangeImagesController,
  EditEventController,
  EventLifecycleController,
  CreateEventController,
  PublishEventController,
  SeatingPlanController,
  HoldSeatsController,
  ReleaseHoldController,
  JoinWaitlistController,
  LeaveWaitlistController,
  QuoteBookingController,
  PlaceBookingController,
  PayBookingController,
  CancelBookingController,
  CreatePromoCodeController,
  DisablePromoCodeController,
  CheckAccessController,
  ResendTicketsController,
  TransferTicketController,
  ReissueTicketController,
  AddCategoryController,
  RenameCategoryController,
  RetireCategoryController,
  CheckInTicketController,
  CheckInManuallyController,
  CheckInBatchController,
  RequestGroupBookingController,
  ApproveGroupRequestController,
  DeclineGroupRequestController,
  RegisterWebhookEndpointController,
  ChangeWebhookEndpointController,
  RotateWebhookSecretController,
  DeleteWebhookEndpointController,
  ResendWebhookDeliveryController,
  ReceiveWebhookController,
  ReceivePayPalWebhookController,
  CompleteChallengeController,
  CapturePayPalOrderController,
  CancelPayPalOrderController,
  SavePaymentMethodController,
  SetDefaultPaymentMethodController,
  RemovePaymentMethodController,
  IssueRefundController,
  ReconcileProviderController,
  ResolveRefundController,
];
const commandHandlers = [
  SetInvoiceSettingsHandler,
  EditEventHandler,
  ReorderGalleryHandler,
  ChangeImageAltHandler,
  AddEventImageHandler,
  RemoveEventImageHandler,
  SetSeatingPlanHandler,
  ClearSeatingPlanHandler,
  ChangeEventStatusHandler,
  CreateEventHandler,
  PublishEventHandler,
  HoldSeatsHandler,
  ReleaseHoldHandler,
  JoinWaitlistHandler,
  LeaveWaitlistHandler,
  QuoteBookingHandler,
  PlaceBookingHandler,
  PayBookingHandler,
  CancelBookingHandler,
  CreatePromoCodeHandler,
  DisablePromoCodeHandler,
  CheckAccessHandler,
  ResendTicketsHandler,
  TransferTicketHandler,
  ReissueTicketHandler,
  AddCategoryHandler,
  RenameCategoryHandler,
  RetireCategoryHandler,
  RestoreCategoryHandler,
  CheckInTicketHandler,
  CheckInManuallyHandler,
  CheckInBatchHandler,
  RequestGroupBookingHandler,
  ApproveGroupRequestHandler,
  DeclineGroupRequestHandler,
  RegisterWebhookEndpointHandler,
  ChangeWebhookEndpointHandler,
  RotateWebhookSecretHandler,
  DeleteWebhookEndpointHandler,
  ResendWebhookDeliveryHandler,
  ReceiveWebhookHandler,
  ReceivePayPalWebhookHandler,
  CompleteChallengeHandler,
  CapturePayPalOrderHandler,
  CancelPayPalOrderHandler,
  SavePaymentMethodHandler,
  SetDefaultPaymentMethodHandler,
  RemovePaymentMethodHandler,
  IssueRefundHandler,
  ReconcileProviderHandler,
  ResolveRefundHandler,
];
/** What the inventory's handlers share: the event's sections, its catalog, the per-buyer ledger. */
const inventoryServices = [EventSections, BuyerAllowance, CatalogReader];
/** The door: one scan's checks and decision, and the ticket → booking index it looks tickets up in. */
const checkinServices = [Door, TicketBookings];
/**
 * The payment port (PAYMENTS_PROVIDER): the embedded test-mode provider (always there: its
 * challenge page and webhooks find nothing of theirs when Stripe is configured) or Stripe; PayPal
 * beside it when configured (PAYPAL_CLIENT_ID); and what records their answers.
 */
const paymentServices = [
  TestModePaymentProvider,
  {
    provide: PAYMENT_PROVIDER,
    inject: [APP_CONFIG, TestModePaymentProvider, PublicOrigin],
    useFactory: (config: AppConfig, testMode: TestModePaymentProvider, origin: PublicOrigin): PaymentProvider =>
      config.payments.stripe
        ? new StripePaymentProvider(stripeClient(config.payments.stripe), () => origin.url)
        : testMode,
  },
  {
    provide: PAYPAL_PROVIDER,
    inject: [APP_CONFIG, PublicOrigin],
    useFactory: (config: AppConfig, origin: PublicOrigin): PayPalPaymentProvider | null => {
      const paypal = config.payments.paypal;
      return paypal ? new PayPalPaymentProvider(new PayPalClient(paypal), () => origin.url, paypal.webhookId) : null;
    },
  },
  PaymentProviders,
  PayPalReturns,
  WalletCards,
  PaymentAttempts,
  ProviderRefundGateway,
];

acceptIdempotencyKeys(httpControllers);

/** HTTP commands → decide → append. Never reads a read model to decide. */
@Module({
  imports: [CqrsModule.forRoot(), CommandPipelineModule, ProcessManagersModule, AccountsModule],
  controllers: httpControllers,
  providers: [
    ...commandHandlers,
    ...inventoryServices,
    ...paymentServices,
    CheckoutPricing,
    WebhookSecrets,
    RefusedDeliveries,
    TicketChangeTermsReader,
    ...checkinServices,
  ],
  exports: [AccountsModule],
})
export class CommandApiModule {}
