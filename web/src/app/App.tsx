import { useState } from 'react';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Navigate, Route, Routes, matchPath } from 'react-router';
import { SessionProvider } from '../features/auth';
import { CatalogPage } from '../features/catalog/CatalogPage';
import { createQueryClient } from '../lib/query-client';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';
import { lazyPage } from './lazyPage';
import type { LandingData } from './landingData';
import { prefetchLanding } from './prefetchLanding';
import { cssVariablesResolver, theme } from './theme';

// Every page but the catalog (where most visits start) is fetched when first shown.
const EventPage = lazyPage(
  () => import('../features/catalog/EventPage'),
  'EventPage',
  () => import('./event-page-styles'),
);
const MyHoldsPage = lazyPage(() => import('../features/holds/MyHoldsPage'), 'MyHoldsPage');
const MyWaitlistPage = lazyPage(() => import('../features/waitlist/MyWaitlistPage'), 'MyWaitlistPage');
const EventWaitlistPage = lazyPage(() => import('../features/waitlist/EventWaitlistPage'), 'EventWaitlistPage');
const CheckoutPage = lazyPage(() => import('../features/booking/CheckoutPage'), 'CheckoutPage');
const BookingPage = lazyPage(() => import('../features/booking/BookingPage'), 'BookingPage');
const MyBookingsPage = lazyPage(() => import('../features/booking/MyBookingsPage'), 'MyBookingsPage');
const ChallengePage = lazyPage(() => import('../features/payments/ChallengePage'), 'ChallengePage');
const PayPalReturnPage = lazyPage(() => import('../features/payments/PayPalReturnPage'), 'PayPalReturnPage');
const PayPalCancelPage = lazyPage(() => import('../features/payments/PayPalReturnPage'), 'PayPalCancelPage');
const OrganizerPage = lazyPage(() => import('../features/organizer/OrganizerPage'), 'OrganizerPage');
const NewEventPage = lazyPage(() => import('../features/organizer/EventEditorPage'), 'NewEventPage');
const EditEventPage = lazyPage(() => import('../features/organizer/EventEditorPage'), 'EditEventPage');
const PromoCodesPage = lazyPage(() => import('../features/promotions/PromoCodesPage'), 'PromoCodesPage');
const WebhooksPage = lazyPage(() => import('../features/webhooks/WebhooksPage'), 'WebhooksPage');
const OrganizerInvoicesPage = lazyPage(
  () => import('../features/organizer-invoices/OrganizerInvoicesPage'),
  'OrganizerInvoicesPage',
);
const FinanceRefundsPage = lazyPage(
  () => import('../features/finance-refunds/FinanceRefundsPage'),
  'FinanceRefundsPage',
);
const FinanceInvoicesPage = lazyPage(
  () => import('../features/finance-invoices/FinanceInvoicesPage'),
  'FinanceInvoicesPage',
);
const FinanceLedgerPage = lazyPage(() => import('../features/finance-ledger/FinanceLedgerPage'), 'FinanceLedgerPage');
// The reports draw charts (recharts): only these two chunks bring them.
const FinanceReconciliationPage = lazyPage(
  () => import('../features/finance-reconciliation/FinanceReconciliationPage'),
  'FinanceReconciliationPage',
);
const FinanceReportsPage = lazyPage(() => import('../features/reports/FinanceReportsPage'), 'FinanceReportsPage');
const OrganizerReportsPage = lazyPage(() => import('../features/reports/OrganizerReportsPage'), 'OrganizerReportsPage');
const EventOrdersPage = lazyPage(() => import('../features/orders/EventOrdersPage'), 'EventOrdersPage');
const MyGroupRequestsPage = lazyPage(
  () => import('../features/group-booking/MyGroupRequestsPage'),
  'MyGroupRequestsPage',
);
const EventGroupRequestsPage = lazyPage(
  () => import('../features/group-requests/EventGroupRequestsPage'),
  'EventGroupRequestsPage',
);
const AdminBookingsPage = lazyPage(() => import('../features/orders/AdminBookingsPage'), 'AdminBookingsPage');
const CheckInPage = lazyPage(() => import('../features/checkin/CheckInPage'), 'CheckInPage');
const SeatingEditorPage = lazyPage(() => import('../features/seating-editor/SeatingEditorPage'), 'SeatingEditorPage');
const LoginPage = lazyPage(() => import('../features/auth/LoginPage'), 'LoginPage');
const OidcCallbackPage = lazyPage(() => import('../features/auth/OidcCallbackPage'), 'OidcCallbackPage');
const SignupPage = lazyPage(() => import('../features/registration/SignupPage'), 'SignupPage');
const CheckMailboxPage = lazyPage(() => import('../features/registration/CheckMailboxPage'), 'CheckMailboxPage');
const VerifyEmailPage = lazyPage(() => import('../features/registration/VerifyEmailPage'), 'VerifyEmailPage');
const ForgotPasswordPage = lazyPage(() => import('../features/registration/ForgotPasswordPage'), 'ForgotPasswordPage');
const ResetPasswordPage = lazyPage(() => import('../features/registration/ResetPasswordPage'), 'ResetPasswordPage');
const ProfilePage = lazyPage(() => import('../features/account/ProfilePage'), 'ProfilePage');
const SessionsPage = lazyPage(() => import('../features/account/SessionsPage'), 'SessionsPage');
const PaymentMethodsPage = lazyPage(() => import('../features/wallet/PaymentMethodsPage'), 'PaymentMethodsPage');
const AdminUsersPage = lazyPage(() => import('../features/admin/AdminUsersPage'), 'AdminUsersPage');
const AdminEventsPage = lazyPage(() => import('../features/admin/AdminEventsPage'), 'AdminEventsPage');
const AdminCategoriesPage = lazyPage(() => import('../features/categories/AdminCategoriesPage'), 'AdminCategoriesPage');
const MailboxPage = lazyPage(() => import('../features/mailbox/MailboxPage'), 'MailboxPage');

/**
 * The lazy page the visitor landed on, fetched ahead (nothing for the catalog, which is in the entry
 * chunk): with a prerendered screen, main.tsx renders once it is in, so the first render draws the page.
 */
export function preloadLandingPage(pathname: string): Promise<unknown> | undefined {
  return matchPath('/events/:eventId', pathname) ? EventPage.preload() : undefined;
}

/** `landing`: the data of the screen the server prerendered (landingData.ts), if any. */
export function App({ landing }: { landing?: LandingData }) {
  const [queryClient] = useState(() => {
    const client = createQueryClient();
    prefetchLanding(client, window.location, landing);
    return client;
  });
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto">
      <QueryClientProvider client={queryClient}>
        <SessionProvider>
          <BrowserRouter>
            <Routes>
              <Route element={<AppLayout />}>
                <Route index element={<CatalogPage />} />
                <Route path="events/:eventId" element={<EventPage />} />
                <Route path="holds" element={<MyHoldsPage />} />
                <Route path="events/:eventId/checkout" element={<CheckoutPage />} />
                <Route path="bookings/:bookingId" element={<BookingPage />} />
                <Route path="me/bookings" element={<MyBookingsPage />} />
                <Route path="payments/test-mode/challenge/:intentId" element={<ChallengePage />} />
                <Route path="bookings/:bookingId/paypal/return" element={<PayPalReturnPage />} />
                <Route path="bookings/:bookingId/paypal/cancel" element={<PayPalCancelPage />} />
                <Route path="me/waitlist" element={<MyWaitlistPage />} />
                <Route path="me/group-requests" element={<MyGroupRequestsPage />} />
                <Route path="organizer" element={<OrganizerPage />} />
                <Route path="organizer/events/new" element={<NewEventPage />} />
                <Route path="organizer/events/:eventId/edit" element={<EditEventPage />} />
                <Route path="organizer/events/:eventId/seating" element={<SeatingEditorPage />} />
                <Route path="organizer/promo-codes" element={<PromoCodesPage />} />
                <Route path="organizer/webhooks" element={<WebhooksPage />} />
                <Route path="organizer/invoices" element={<OrganizerInvoicesPage />} />
                <Route path="organizer/reports" element={<OrganizerReportsPage />} />
                <Route path="finance/invoices" element={<FinanceInvoicesPage />} />
                <Route path="finance/refunds" element={<FinanceRefundsPage />} />
                <Route path="finance/ledger" element={<FinanceLedgerPage />} />
                <Route path="finance/reports" element={<FinanceReportsPage />} />
                <Route path="finance/reconciliation" element={<FinanceReconciliationPage />} />
                <Route path="organizer/events/:eventId/orders" element={<EventOrdersPage />} />
                <Route path="organizer/events/:eventId/group-requests" element={<EventGroupRequestsPage />} />
                <Route path="organizer/events/:eventId/check-in" element={<CheckInPage />} />
                <Route path="organizer/events/:eventId/waitlist" element={<EventWaitlistPage />} />
                <Route path="login" element={<LoginPage />} />
                {/* Mails link to /sign-in. */}
                <Route path="sign-in" element={<Navigate to="/login" replace />} />
                <Route path="auth/callback/:provider" element={<OidcCallbackPage />} />
                <Route path="signup" element={<SignupPage />} />
                <Route path="signup/check-mailbox" element={<CheckMailboxPage />} />
                <Route path="verify-email" element={<VerifyEmailPage />} />
                <Route path="forgot-password" element={<ForgotPasswordPage />} />
                <Route path="reset-password" element={<ResetPasswordPage />} />
                <Route path="account" element={<ProfilePage />} />
                <Route path="account/sessions" element={<SessionsPage />} />
                <Route path="account/payment-methods" element={<PaymentMethodsPage />} />
                <Route path="admin/users" element={<AdminUsersPage />} />
                <Route path="admin/events" element={<AdminEventsPage />} />
                <Route path="admin/categories" element={<AdminCategoriesPage />} />
                <Route path="admin/bookings" element={<AdminBookingsPage />} />
                <Route path="dev/mailbox" element={<MailboxPage />} />
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Routes>
          </BrowserRouter>
        </SessionProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
