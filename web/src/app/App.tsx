import { useState } from 'react';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Route, Routes } from 'react-router';
import { SessionProvider } from '../features/auth';
import { CatalogPage, EventPage } from '../features/catalog';
import { MyHoldsPage } from '../features/holds';
import { OrganizerPage } from '../features/organizer';
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
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Routes>
          </BrowserRouter>
        </SessionProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
