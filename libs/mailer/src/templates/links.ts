/** Where links in mails point: the SPA's routes under the configured public origin. */
export type MailLinks = Readonly<{
  home: string;
  signIn: string;
  /** The page where a forgotten password is reset (asks for the address). */
  forgotPassword: string;
  verifyEmail: (token: string) => string;
  resetPassword: (token: string) => string;
  event: (eventId: string) => string;
  /** The holder's own holds (and, later, bookings). */
  myHolds: string;
  /** One booking's page (status, tickets, PDF). */
  booking: (bookingId: string) => string;
  /** The organizer's list of an event's group requests. */
  eventGroupRequests: (eventId: string) => string;
}>;

export const DEFAULT_PUBLIC_URL = 'http://127.0.0.1:3000';

export function mailLinks(publicUrl: string): MailLinks {
  const base = normalisePublicUrl(publicUrl);
  const withToken = (path: string, token: string) => `${base}${path}?token=${encodeURIComponent(token)}`;
  return {
    home: `${base}/`,
    signIn: `${base}/login`,
    forgotPassword: `${base}/forgot-password`,
    verifyEmail: (token) => withToken('/verify-email', token),
    resetPassword: (token) => withToken('/reset-password', token),
    event: (eventId) => `${base}/events/${encodeURIComponent(eventId)}`,
    myHolds: `${base}/holds`,
    booking: (bookingId) => `${base}/bookings/${encodeURIComponent(bookingId)}`,
    eventGroupRequests: (eventId) => `${base}/organizer/events/${encodeURIComponent(eventId)}/group-requests`,
  };
}

/** An absolute http(s) origin (with an optional path prefix), without a trailing slash. */
export function normalisePublicUrl(publicUrl: string): string {
  let url: URL;
  try {
    url = new URL(publicUrl);
  } catch {
    throw new Error(`PUBLIC_URL must be an absolute http(s) URL, got "${publicUrl}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`PUBLIC_URL must be an absolute http(s) URL, got "${publicUrl}"`);
  if (url.search !== '' || url.hash !== '') throw new Error('PUBLIC_URL must not carry a query or fragment');
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/** Times in mails: unambiguous and independent of the server's locale and zone. */
export function formatUtc(value: Date | string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new Error(`not a valid time: ${String(value)}`);
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/**
 * An event's time as its audience reads it: in the event's own zone, named ("Sat, 1 Jun 2030,
 * 20:00 BST (Europe/London)"). The locale is fixed so every mail reads the same on any server.
 */
export function formatInZone(value: Date | string, timeZone: string | undefined): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new Error(`not a valid time: ${String(value)}`);
  if (!timeZone || timeZone === 'UTC') return formatUtc(date);
  try {
    const local = new Intl.DateTimeFormat('en-GB', {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone,
      timeZoneName: 'short',
    }).format(date);
    return `${local} (${timeZone})`;
  } catch {
    return formatUtc(date); // a zone this runtime does not know: still unambiguous
  }
}
