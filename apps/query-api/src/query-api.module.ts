import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { CatalogSearchCache } from '@booking/catalog-search';
import { APP_CONFIG, type AppConfig } from '@booking/platform';
import { MeController } from './accounts/me/me.controller';
import { MeHandler } from './accounts/me/me.handler';
import { MySessionsController } from './accounts/my-sessions/my-sessions.controller';
import { MySessionsHandler } from './accounts/my-sessions/my-sessions.handler';
import { MyPaymentMethodsController } from './wallet/my-payment-methods/my-payment-methods.controller';
import { MyPaymentMethodsHandler } from './wallet/my-payment-methods/my-payment-methods.handler';
import { ProvidersController } from './accounts/providers/providers.controller';
import { ProvidersHandler } from './accounts/providers/providers.handler';
import { PaymentSettingsController } from './payments/payment-settings/payment-settings.controller';
import { PaymentSettingsHandler } from './payments/payment-settings/payment-settings.handler';
import { ListUsersController } from './accounts/list-users/list-users.controller';
import { ListUsersHandler } from './accounts/list-users/list-users.handler';
import { SecurityHistoryController } from './accounts/security-history/security-history.controller';
import { SecurityHistoryHandler } from './accounts/security-history/security-history.handler';
import { ListEventsController } from './catalog/list-events/list-events.controller';
import { ListEventsHandler } from './catalog/list-events/list-events.handler';
import { GetEventController } from './catalog/get-event/get-event.controller';
import { GetEventHandler } from './catalog/get-event/get-event.handler';
import { GetSeatingPlanController } from './catalog/get-seating-plan/get-seating-plan.controller';
import { GetSeatingPlanHandler } from './catalog/get-seating-plan/get-seating-plan.handler';
import { TagSuggestionsController } from './catalog/tag-suggestions/tag-suggestions.controller';
import { TagSuggestionsHandler } from './catalog/tag-suggestions/tag-suggestions.handler';
import { OrganizerEventsController } from './catalog/organizer-events/organizer-events.controller';
import { OrganizerEventsHandler } from './catalog/organizer-events/organizer-events.handler';
import { AdminEventsController } from './catalog/admin-events/admin-events.controller';
import { AdminEventsHandler } from './catalog/admin-events/admin-events.handler';
import { ApprovalChangesController } from './catalog/approval-changes/approval-changes.controller';
import { ApprovalChangesHandler } from './catalog/approval-changes/approval-changes.handler';
import { ListCategoriesController } from './categories/list-categories/list-categories.controller';
import { ListCategoriesHandler } from './categories/list-categories/list-categories.handler';
import { GetAvailabilityController } from './inventory/get-availability/get-availability.controller';
import { GetAvailabilityHandler } from './inventory/get-availability/get-availability.handler';
import { GetSeatsController } from './inventory/get-seats/get-seats.controller';
import { GetSeatsHandler } from './inventory/get-seats/get-seats.handler';
import { EventWaitlistController } from './inventory/event-waitlist/event-waitlist.controller';
import { EventWaitlistHandler } from './inventory/event-waitlist/event-waitlist.handler';
import { MyHoldsController } from './inventory/my-holds/my-holds.controller';
import { MyHoldsHandler } from './inventory/my-holds/my-holds.handler';
import { MyWaitlistController } from './inventory/my-waitlist/my-waitlist.controller';
import { MyWaitlistHandler } from './inventory/my-waitlist/my-waitlist.handler';
import { CancellationQuoteController } from './booking/cancellation-quote/cancellation-quote.controller';
import { CancellationQuoteHandler } from './booking/cancellation-quote/cancellation-quote.handler';
import { GetBookingController } from './booking/get-booking/get-booking.controller';
import { GetBookingHandler } from './booking/get-booking/get-booking.handler';
import { MyBookingsController } from './booking/my-bookings/my-bookings.controller';
import { MyBookingsHandler } from './booking/my-bookings/my-bookings.handler';
import { ListPromoCodesController } from './promotions/list-promo-codes/list-promo-codes.controller';
import { ListPromoCodesHandler } from './promotions/list-promo-codes/list-promo-codes.handler';
import { BookingCalendarController } from './booking/booking-calendar/booking-calendar.controller';
import { BookingCalendarHandler } from './booking/booking-calendar/booking-calendar.handler';
import { BookingTicketsController } from './booking/booking-tickets/booking-tickets.controller';
import { BookingTicketsHandler } from './booking/booking-tickets/booking-tickets.handler';
import { TicketKeysController } from './booking/ticket-keys/ticket-keys.controller';
import { TicketKeysHandler } from './booking/ticket-keys/ticket-keys.handler';
import { CheckInSummaryController } from './checkin/check-in-summary/check-in-summary.controller';
import { CheckInSummaryHandler } from './checkin/check-in-summary/check-in-summary.handler';
import { DoorAttendeesController } from './checkin/door-attendees/door-attendees.controller';
import { DoorAttendeesHandler } from './checkin/door-attendees/door-attendees.handler';
import { TicketRevocationsController } from './checkin/ticket-revocations/ticket-revocations.controller';
import { TicketRevocationsHandler } from './checkin/ticket-revocations/ticket-revocations.handler';
import { TicketsPdfController } from './booking/tickets-pdf/tickets-pdf.controller';
import { TicketsPdfHandler } from './booking/tickets-pdf/tickets-pdf.handler';
import { EventOrdersController } from './booking/event-orders/event-orders.controller';
import { MyGroupRequestsController } from './group-requests/my-group-requests/my-group-requests.controller';
import { MyGroupRequestsHandler } from './group-requests/my-group-requests/my-group-requests.handler';
import { EventGroupRequestsController } from './group-requests/event-group-requests/event-group-requests.controller';
import { EventGroupRequestsHandler } from './group-requests/event-group-requests/event-group-requests.handler';
import { EventOrdersHandler } from './booking/event-orders/event-orders.handler';
import { EventOrdersCsvController } from './booking/event-orders-csv/event-orders-csv.controller';
import { EventOrdersCsvHandler } from './booking/event-orders-csv/event-orders-csv.handler';
import { EventSalesController } from './booking/event-sales/event-sales.controller';
import { EventSalesHandler } from './booking/event-sales/event-sales.handler';
import { AdminBookingsController } from './booking/admin-bookings/admin-bookings.controller';
import { AdminBookingsHandler } from './booking/admin-bookings/admin-bookings.handler';
import { ListWebhookEndpointsController } from './webhooks/list-webhook-endpoints/list-webhook-endpoints.controller';
import { ListWebhookEndpointsHandler } from './webhooks/list-webhook-endpoints/list-webhook-endpoints.handler';
import { WebhookDeliveriesController } from './webhooks/webhook-deliveries/webhook-deliveries.controller';
import { WebhookDeliveriesHandler } from './webhooks/webhook-deliveries/webhook-deliveries.handler';
import { ConsistencyGuard } from './http/consistency.guard';
import { ReadModels } from './http/read-models';
import { LiveAvailability } from './inventory/stream-availability/live-availability.service';
import { StreamAvailabilityController } from './inventory/stream-availability/stream-availability.controller';

// One use-case folder each: controller → QueryBus → handler (the SSE stream opens with GetAvailabilityQuery).
import { BookingInvoicesController } from './invoicing/booking-invoices/booking-invoices.controller';
import { BookingInvoicesHandler } from './invoicing/booking-invoices/booking-invoices.handler';
import { FinanceInvoicesController } from './invoicing/finance-invoices/finance-invoices.controller';
import { FinanceInvoicesHandler } from './invoicing/finance-invoices/finance-invoices.handler';
import { FinanceRefundsController } from './payments/finance-refunds/finance-refunds.controller';
import { LedgerBalancesController } from './ledger/ledger-balances/ledger-balances.controller';
import { LedgerBalancesHandler } from './ledger/ledger-balances/ledger-balances.handler';
import { LedgerCsvController } from './ledger/ledger-csv/ledger-csv.controller';
import { LedgerCsvHandler } from './ledger/ledger-csv/ledger-csv.handler';
import { LedgerEntriesController } from './ledger/ledger-entries/ledger-entries.controller';
import { LedgerEntriesHandler } from './ledger/ledger-entries/ledger-entries.handler';
import { LedgerJournal } from './ledger/ledger-journal';
import { FinanceAnalyticsController } from './analytics/finance-analytics/finance-analytics.controller';
import { FinanceAnalyticsHandler } from './analytics/finance-analytics/finance-analytics.handler';
import { OrganizerAnalyticsController } from './analytics/organizer-analytics/organizer-analytics.controller';
import { OrganizerAnalyticsHandler } from './analytics/organizer-analytics/organizer-analytics.handler';
import { MoneyHistoryController } from './ledger/money-history/money-history.controller';
import { MoneyHistoryHandler } from './ledger/money-history/money-history.handler';
import { OrganizerHistoryController } from './ledger/organizer-history/organizer-history.controller';
import { OrganizerHistoryHandler } from './ledger/organizer-history/organizer-history.handler';
import { ReconciliationController } from './ledger/reconciliation/reconciliation.controller';
import { ReconciliationHandler } from './ledger/reconciliation/reconciliation.handler';
import { FinanceRefundsHandler } from './payments/finance-refunds/finance-refunds.handler';
import { InvoicePdfController } from './invoicing/invoice-pdf/invoice-pdf.controller';
import { InvoicePdfHandler } from './invoicing/invoice-pdf/invoice-pdf.handler';
import { InvoiceSettingsController } from './invoicing/invoice-settings/invoice-settings.controller';
import { InvoiceSettingsHandler } from './invoicing/invoice-settings/invoice-settings.handler';
import { OrganizerInvoicesController } from './invoicing/organizer-invoices/organizer-invoices.controller';
import { OrganizerInvoicesHandler } from './invoicing/organizer-invoices/organizer-invoices.handler';

const httpControllers = [
  BookingInvoicesController,
  FinanceInvoicesController,
  FinanceRefundsController,
  LedgerBalancesController,
  LedgerEntriesController,
  LedgerCsvController,
  MoneyHistoryController,
  OrganizerHistoryController,
  ReconciliationController,
  FinanceAnalyticsController,
  OrganizerAnalyticsController,
  InvoicePdfController,
  InvoiceSettingsController,
  OrganizerInvoicesController,
  MeController,
  MySessionsController,
  MyPaymentMethodsController,
  ProvidersController,
  PaymentSettingsController,
  ListUsersController,
  SecurityHistoryController,
  ListEventsController,
  GetEventController,
  GetSeatingPlanController,
  TagSuggestionsController,
  OrganizerEventsController,
  AdminEventsController,
  ApprovalChangesController,
  ListCategoriesController,
  GetAvailabilityController,
  GetSeatsController,
  MyHoldsController,
  MyWaitlistController,
  EventWaitlistController,
  GetBookingController,
  CancellationQuoteController,
  MyBookingsController,
  ListPromoCodesController,
  EventOrdersCsvController,
  EventOrdersController,
  MyGroupRequestsController,
  EventGroupRequestsController,
  EventSalesController,
  AdminBookingsController,
  BookingTicketsController,
  TicketsPdfController,
  BookingCalendarController,
  TicketKeysController,
  CheckInSummaryController,
  DoorAttendeesController,
  TicketRevocationsController,
  ListWebhookEndpointsController,
  WebhookDeliveriesController,
  StreamAvailabilityController,
];
const queryHandlers = [
  BookingInvoicesHandler,
  FinanceInvoicesHandler,
  FinanceRefundsHandler,
  LedgerBalancesHandler,
  LedgerEntriesHandler,
  LedgerCsvHandler,
  MoneyHistoryHandler,
  OrganizerHistoryHandler,
  ReconciliationHandler,
  FinanceAnalyticsHandler,
  OrganizerAnalyticsHandler,
  InvoicePdfHandler,
  InvoiceSettingsHandler,
  OrganizerInvoicesHandler,
  MeHandler,
  MySessionsHandler,
  MyPaymentMethodsHandler,
  ProvidersHandler,
  PaymentSettingsHandler,
  ListUsersHandler,
  SecurityHistoryHandler,
  ListEventsHandler,
  GetEventHandler,
  GetSeatingPlanHandler,
  TagSuggestionsHandler,
  OrganizerEventsHandler,
  AdminEventsHandler,
  ApprovalChangesHandler,
  ListCategoriesHandler,
  GetAvailabilityHandler,
  GetSeatsHandler,
  MyHoldsHandler,
  MyWaitlistHandler,
  EventWaitlistHandler,
  GetBookingHandler,
  CancellationQuoteHandler,
  MyBookingsHandler,
  ListPromoCodesHandler,
  EventOrdersHandler,
  MyGroupRequestsHandler,
  EventGroupRequestsHandler,
  EventOrdersCsvHandler,
  EventSalesHandler,
  AdminBookingsHandler,
  BookingTicketsHandler,
  TicketsPdfHandler,
  BookingCalendarHandler,
  TicketKeysHandler,
  CheckInSummaryHandler,
  DoorAttendeesHandler,
  TicketRevocationsHandler,
  ListWebhookEndpointsHandler,
  WebhookDeliveriesHandler,
];

/** Serves the read models, live updates (SSE) and read-your-writes waits. */
@Module({})
export class QueryApiModule {
  /** `projections`: the module that provides READ_MODEL_DIRECTORY (run here, or read from a shared store). */
  static register(projections: DynamicModule): DynamicModule {
    return {
      module: QueryApiModule,
      imports: [CqrsModule.forRoot(), projections],
      controllers: httpControllers,
      providers: [
        ...queryHandlers,
        ReadModels,
        LedgerJournal,
        LiveAvailability,
        {
          provide: CatalogSearchCache,
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) =>
            new CatalogSearchCache({
              maxEntries: config.catalogCache.entries,
              maxStaleMs: config.catalogCache.maxStaleMs,
              renewAfterMs: config.catalogCache.renewAfterMs,
            }),
        },
        { provide: APP_GUARD, useClass: ConsistencyGuard },
      ],
    };
  }
}
