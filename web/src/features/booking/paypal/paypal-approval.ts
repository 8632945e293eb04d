import { awaitingAuthentication } from '../booking-status';
import type { Booking } from '../booking.types';

/** `settings.paypal`: where PayPal's approval page is, and whether it is a local stand-in of PayPal. */
export type PayPalSettings = { standIn: boolean; approvalOrigin: string };

/**
 * PayPal's settings where it is offered: the settings name it, with an http(s) approval origin (else
 * no approval page could ever be followed, so the choice is not shown).
 */
export function payPalOffered(settings: { paypal?: PayPalSettings }): PayPalSettings | undefined {
  const paypal = settings.paypal;
  return paypal && httpOrigin(paypal.approvalOrigin) ? paypal : undefined;
}

/** Card or PayPal: PayPal first where a PayPal payment waits for the buyer, or came back still waiting. */
export function initialPayMethod(
  booking: Pick<Booking, 'payments'>,
  paypal: PayPalSettings,
  carried: { status: string } | undefined,
): 'card' | 'paypal' {
  return payPalWaiting(booking, paypal.approvalOrigin) || carried?.status === 'requires_action' ? 'paypal' : 'card';
}

/** The body of `POST /api/bookings/{id}/payments` that pays with PayPal. */
export const PAY_WITH_PAYPAL = { paypal: true } as const;

/** `https://www.paypal.com/` → `https://www.paypal.com`; nothing for what is not an http(s) origin. */
function httpOrigin(value: string): string | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The URL to send the buyer to, only if it is on PayPal's approval page origin as the settings name
 * it (an absolute URL; never another site: no open redirect through a payment answer).
 */
export function approvalUrl(url: string | undefined, approvalOrigin: string): string | undefined {
  if (!url) return undefined;
  const expected = httpOrigin(approvalOrigin);
  if (!expected || httpOrigin(url) !== expected) return undefined;
  return new URL(url).toString();
}

export type PayPalAnswer =
  /** Nothing to follow (declined, succeeded at once…): the form shows the answer. */
  | { kind: 'stay' }
  | { kind: 'follow'; url: string }
  /** PayPal's page was named on another origin than the settings say: not followed. */
  | { kind: 'refused'; url: string };

/** What the answer to a PayPal payment asks of the SPA. */
export function payPalAnswer(
  result: { status: string; nextAction?: { type?: string; url: string } },
  approvalOrigin: string,
): PayPalAnswer {
  if (result.status !== 'requires_action' || !result.nextAction) return { kind: 'stay' };
  const url = approvalUrl(result.nextAction.url, approvalOrigin);
  return url ? { kind: 'follow', url } : { kind: 'refused', url: result.nextAction.url };
}

/**
 * Follows a PayPal answer: `assign` (window.location.assign) only for PayPal's approval page.
 * Returns what was done, for the form to show a refusal.
 */
export function followPayPalAnswer(
  result: { status: string; nextAction?: { type?: string; url: string } },
  approvalOrigin: string,
  assign: (url: string) => void,
): PayPalAnswer {
  const answer = payPalAnswer(result, approvalOrigin);
  if (answer.kind === 'follow') assign(answer.url);
  return answer;
}

/** The booking's last payment waits for the buyer on PayPal's approval page: where to continue it. */
export function payPalWaiting(booking: Pick<Booking, 'payments'>, approvalOrigin: string): string | undefined {
  return approvalUrl(awaitingAuthentication(booking), approvalOrigin);
}
