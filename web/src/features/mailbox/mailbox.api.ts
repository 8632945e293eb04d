import { apiGet } from '../../lib/api';

export type Mail = { id: string; to: string; subject: string; text: string; html: string; sentAt: string };

export const fetchMailbox = () => apiGet<{ items: Mail[] }>('/api/dev/mailbox', { auth: false });

/** The http(s) links in a mail's text part, in order, without repeats. */
export function linksIn(text: string): string[] {
  const found = text.match(/https?:\/\/[^\s<>"')\]]+/g) ?? [];
  return [...new Set(found.map((link) => link.replace(/[.,;:!?]+$/, '')))];
}

// Pages mails link to; followed inside this app even when the server's PUBLIC_URL names another origin (dev).
const APP_PAGES = /^\/(verify-email|reset-password|forgot-password|login|sign-in|signup|account|events)(\/|$)/;

/** A link to this app becomes an in-app path (no reload); anything else stays absolute. */
export function inAppPath(link: string): string | null {
  try {
    const url = new URL(link);
    const inApp = url.origin === window.location.origin || APP_PAGES.test(url.pathname);
    return inApp ? url.pathname + url.search + url.hash : null;
  } catch {
    return null;
  }
}
