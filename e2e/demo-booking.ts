import type { Page } from 'playwright-core';
import type { TestApp } from '../apps/standalone/src/testing/test-app';
import { TEST_CARDS } from '@booking/command-api';
import { DEMO_PERSONAS } from '@booking/platform';

export const DEMO_ATTENDEE = { userId: DEMO_PERSONAS.attendee.id, roles: DEMO_PERSONAS.attendee.roles };

/**
 * Through the API: the demo attendee books one ticket of Midnight Jazz Sessions (the demo
 * organizer's event) and pays it with `cardNumber`. Returns the booking and the payment's answer
 * (its `position` serves read-your-writes).
 */
export async function payDemoBooking(
  t: TestApp,
  cardNumber: string = TEST_CARDS.succeeds,
  extra: Record<string, unknown> = {},
): Promise<{ eventId: string; bookingId: string; paid: Awaited<ReturnType<TestApp['call']>> }> {
  const events = await t.call('GET', '/api/events?q=Midnight%20Jazz');
  const eventId = events.body.items.find((e: { title: string }) => e.title === 'Midnight Jazz Sessions').id as string;
  const hold = await t.call('POST', `/api/events/${eventId}/holds`, { as: DEMO_ATTENDEE, body: { quantity: 1 } });
  const placed = await t.call('POST', '/api/bookings', {
    as: DEMO_ATTENDEE,
    body: {
      eventId,
      buyer: { name: 'Ada Attendee', email: DEMO_PERSONAS.attendee.email },
      holds: [{ holdId: hold.body.holdId, tierId: 'standard' }],
      ...extra,
    },
  });
  if (placed.status !== 201) throw new Error(`booking refused: ${hold.status} ${placed.status} ${placed.text}`);
  const bookingId = placed.body.bookingId as string;
  const paid = await t.call('POST', `/api/bookings/${bookingId}/payments`, { as: DEMO_ATTENDEE, body: { cardNumber } });
  return { eventId, bookingId, paid };
}

/**
 * In the browser: signs in as the demo attendee (the header's demo menu), holds one place of
 * Midnight Jazz Sessions and checks out (`signedIn`: the page is signed in already). Leaves the
 * page on the booking, pending payment; returns its URL.
 */
export async function bookOneDemoSeatInBrowser(
  page: Page,
  appUrl: string,
  { signedIn = false }: { signedIn?: boolean } = {},
): Promise<string> {
  await page.goto(appUrl);
  if (!signedIn) {
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('menuitem', { name: 'Sign in as attendee' }).click();
  }
  await page.getByRole('button', { name: /Account:/ }).waitFor();
  const card = page.getByRole('article').filter({ hasText: 'Midnight Jazz Sessions' });
  await card.getByRole('link', { name: 'Midnight Jazz Sessions' }).click();
  await page.getByLabel('Number of seats').fill('1');
  await page.getByRole('button', { name: 'Hold seats' }).click();
  await page.getByRole('link', { name: 'Check out now' }).click();
  await page.getByRole('button', { name: 'Book and go to payment' }).click();
  await page.waitForURL(/\/bookings\/[0-9a-f-]{36}$/);
  return page.url();
}
