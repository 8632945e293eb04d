import type { Checkout, CheckoutHold } from './booking.types';

/** A hold as the checkout offers it (from My holds). */
export type CheckoutCandidate = { holdId: string; quantity: number; sectionId?: string; seatIds?: string[] };

/** What the buyer filled in, per hold: included or not, the tier (events without a plan), attendee names and e-mails. */
export type HoldChoice = { include: boolean; tierId?: string; attendeeNames: string[]; attendeeEmails?: string[] };

/** Trimmed names, trailing blanks dropped (fewer names than places is fine; "" stands for none). */
export function attendeeNamesOf(names: string[]): string[] | undefined {
  const trimmed = names.map((n) => n.trim());
  while (trimmed.length > 0 && trimmed[trimmed.length - 1] === '') trimmed.pop();
  return trimmed.length > 0 ? trimmed : undefined;
}

/**
 * The request body of `POST /api/bookings`: the included holds, in order. No price and no total:
 * the server prices every place from the catalog.
 */
export function buildCheckout(
  eventId: string,
  holds: CheckoutCandidate[],
  choices: Record<string, HoldChoice | undefined>,
  buyer: { name: string; email: string },
): Checkout {
  const picked: CheckoutHold[] = [];
  for (const hold of holds) {
    const choice = choices[hold.holdId];
    if (choice && !choice.include) continue;
    const names = attendeeNamesOf(choice?.attendeeNames ?? []);
    const emails = attendeeNamesOf(choice?.attendeeEmails ?? []);
    picked.push({
      holdId: hold.holdId,
      ...(hold.sectionId ? { sectionId: hold.sectionId } : {}),
      ...(choice?.tierId ? { tierId: choice.tierId } : {}),
      ...(names ? { attendeeNames: names } : {}),
      ...(emails ? { attendeeEmails: emails } : {}),
    });
  }
  return { eventId, holds: picked, buyer: { name: buyer.name.trim(), email: buyer.email.trim() } };
}

/** Client-side checks before sending (the server checks again): a name, an address, at least one hold. */
export function checkoutErrors(checkout: Checkout): { name?: string; email?: string; holds?: string } {
  const errors: { name?: string; email?: string; holds?: string } = {};
  if (!checkout.buyer.name) errors.name = 'Enter the buyer’s name.';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(checkout.buyer.email)) errors.email = 'Enter an e-mail address.';
  if (checkout.holds.length === 0) errors.holds = 'Choose at least one hold to book.';
  const badEmail = checkout.holds.some((hold) =>
    (hold.attendeeEmails ?? []).some((email) => email !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)),
  );
  if (badEmail) errors.holds = 'An attendee e-mail address is not valid: correct it or leave it empty.';
  return errors;
}
