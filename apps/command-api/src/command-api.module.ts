import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { CommandPipelineModule } from '@booking/command-pipeline';
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
import { ResendTicketsController } from './booking/resend-tickets/resend-tickets.controller';
import { ResendTicketsHandler } from './booking/resend-tickets/resend-tickets.handler';
import { PAYMENT_PROVIDER, TestModePaymentProvider } from './booking/shared/payment-provider';
import { CheckInBatchController } from './checkin/check-in-batch/check-in-batch.controller';
import { CheckInBatchHandler } from './checkin/check-in-batch/check-in-batch.handler';
import { CheckInManuallyController } from './checkin/check-in-manually/check-in-manually.controller';
import { CheckInManuallyHandler } from './checkin/check-in-manually/check-in-manually.handler';
import { CheckInTicketController } from './checkin/check-in-ticket/check-in-ticket.controller';
import { CheckInTicketHandler } from './checkin/check-in-ticket/check-in-ticket.handler';
import { Door } from './checkin/shared/door';
import { TicketBookings } from './checkin/shared/ticket-bookings';
import { RequestTimeInterceptor } from './http/request-time.interceptor';
import { IdempotencyInterceptor } from './http/idempotency.interceptor';
import { HoldSeatsController } from './inventory/hold-seats/hold-seats.controller';
import { HoldSeatsHandler } from './inventory/hold-seats/hold-seats.handler';
import { ReleaseHoldController } from './inventory/release-hold/release-hold.controller';
import { ReleaseHoldHandler } from './inventory/release-hold/release-hold.handler';
import { BuyerAllowance } from './inventory/shared/buyer-allowance';
import { CatalogReader } from './inventory/shared/catalog-reader';
import { EventSections } from './inventory/shared/event-sections';
import { CheckoutPricing } from './booking/shared/checkout-pricing';
import { QuoteBookingController } from './booking/quote-booking/quote-booking.controller';
import { QuoteBookingHandler } from './booking/quote-booking/quote-booking.handler';
import { CreatePromoCodeController } from './promotions/create-promo-code/create-promo-code.controller';
import { CreatePromoCodeHandler } from './promotions/create-promo-code/create-promo-code.handler';
import { DisablePromoCodeController } from './promotions/disable-promo-code/disable-promo-code.controller';
import { DisablePromoCodeHandler } from './promotions/disable-promo-code/disable-promo-code.handler';

const httpControllers = [
  EventImagesController,
  ArrangeImagesController,
  EditEventController,
  EventLifecycleController,
  CreateEventController,
  PublishEventController,
  SeatingPlanController,
  HoldSeatsController,
  ReleaseHoldController,
  QuoteBookingController,
  PlaceBookingController,
  PayBookingController,
  CancelBookingController,
  CreatePromoCodeController,
  DisablePromoCodeController,
  ResendTicketsController,
  AddCategoryController,
  RenameCategoryController,
  RetireCategoryController,
  CheckInTicketController,
  CheckInManuallyController,
  CheckInBatchController,
];
const commandHandlers = [
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
  QuoteBookingHandler,
  PlaceBookingHandler,
  PayBookingHandler,
  CancelBookingHandler,
  CreatePromoCodeHandler,
  DisablePromoCodeHandler,
  ResendTicketsHandler,
  AddCategoryHandler,
  RenameCategoryHandler,
  RetireCategoryHandler,
  RestoreCategoryHandler,
  CheckInTicketHandler,
  CheckInManuallyHandler,
  CheckInBatchHandler,
];
/** What the inventory's handlers share: the event's sections, its catalog, the per-buyer ledger. */
const inventoryServices = [EventSections, BuyerAllowance, CatalogReader];
/** The door: one scan's checks and decision, and the ticket → booking index it looks tickets up in. */
const checkinServices = [Door, TicketBookings];
/** The payment port: the embedded test-mode provider until the payments issue brings real ones. */
const paymentServices = [TestModePaymentProvider, { provide: PAYMENT_PROVIDER, useExisting: TestModePaymentProvider }];

/** HTTP commands → decide → append. Never reads a read model to decide. */
@Module({
  imports: [CqrsModule.forRoot(), CommandPipelineModule, ProcessManagersModule, AccountsModule],
  controllers: httpControllers,
  providers: [
    ...commandHandlers,
    ...inventoryServices,
    ...paymentServices,
    CheckoutPricing,
    ...checkinServices,
    // In this order: the request's instant is stamped before a replay is looked up.
    { provide: APP_INTERCEPTOR, useClass: RequestTimeInterceptor },
    { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
  ],
  exports: [AccountsModule],
})
export class CommandApiModule {}
