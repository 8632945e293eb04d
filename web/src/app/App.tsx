import { useState } from 'react';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { ProfilePage, SessionsPage } from '../features/account';
import { AdminEventsPage, AdminUsersPage } from '../features/admin';
import { LoginPage, OidcCallbackPage, SessionProvider } from '../features/auth';
import { AdminCategoriesPage } from '../features/categories';
import { CatalogPage, EventPage } from '../features/catalog';
import { MyHoldsPage } from '../features/holds';
import { MailboxPage } from '../features/mailbox';
import { EditEventPage, NewEventPage, OrganizerPage } from '../features/organizer';
import { SeatingEditorPage } from '../features/seating';
import {
  CheckMailboxPage,
  ForgotPasswordPage,
  ResetPasswordPage,
  SignupPage,
  VerifyEmailPage,
} from '../features/registration';
import { createQueryClient } from '../lib/query-client';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';
import { cssVariablesResolver, theme } from './theme';

export function App() {
  const [queryClient] = useState(createQueryClient);
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
                <Route path="organizer" element={<OrganizerPage />} />
                <Route path="organizer/events/new" element={<NewEventPage />} />
                <Route path="organizer/events/:eventId/edit" element={<EditEventPage />} />
                <Route path="organizer/events/:eventId/seating" element={<SeatingEditorPage />} />
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
                <Route path="admin/users" element={<AdminUsersPage />} />
                <Route path="admin/events" element={<AdminEventsPage />} />
                <Route path="admin/categories" element={<AdminCategoriesPage />} />
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
