import Handlebars from 'handlebars';
import { accountLocked } from './account-locked';
import { alreadyRegistered } from './already-registered';
import { bookingConfirmed } from './booking-confirmed';
import { eventCancelled } from './event-cancelled';
import { eventChanged } from './event-changed';
import { groupRequestDecided, groupRequestReceived, memberTickets } from './group-request';
import { BUTTON_PARTIAL, HTML_LAYOUT, TEXT_LAYOUT } from './layout';
import { type MailLinks, mailLinks } from './links';
import type { MailTemplate } from './mail-template';
import { passwordChanged } from './password-changed';
import { passwordReset } from './password-reset';
import { ticketReceived, ticketTransferred } from './ticket-mails';
import { verifyEmail } from './verify-email';
import { waitlistOffer } from './waitlist-offer';

export const MAIL_TEMPLATES = {
  'verify-email': verifyEmail,
  'already-registered': alreadyRegistered,
  'password-reset': passwordReset,
  'password-changed': passwordChanged,
  'account-locked': accountLocked,
  'event-changed': eventChanged,
  'event-cancelled': eventCancelled,
  'booking-confirmed': bookingConfirmed,
  'waitlist-offer': waitlistOffer,
  'ticket-received': ticketReceived,
  'ticket-transferred': ticketTransferred,
  'group-request-received': groupRequestReceived,
  'group-request-decided': groupRequestDecided,
  'member-tickets': memberTickets,
} as const;

export type MailTemplateName = keyof typeof MAIL_TEMPLATES;
/** The data each template needs, by name: `MailTemplateData['verify-email']`. */
export type MailTemplateData = {
  [N in MailTemplateName]: (typeof MAIL_TEMPLATES)[N] extends MailTemplate<infer D> ? D : never;
};
export type RenderedMail<N extends MailTemplateName = MailTemplateName> = Readonly<{
  template: N;
  subject: string;
  text: string;
  html: string;
}>;
export type RenderOptions = Readonly<{ publicUrl: string }>;

// An environment of our own: no helper or partial registered elsewhere can reach these templates.
const hbs = Handlebars.create();
hbs.registerPartial('button', BUTTON_PARTIAL);
// strict: a field missing from the view fails loudly instead of rendering as nothing.
const asHtml = (source: string) => hbs.compile(source, { strict: true });
const asText = (source: string) => hbs.compile(source, { strict: true, noEscape: true });
type Delegate = Handlebars.TemplateDelegate;

const htmlLayout = asHtml(HTML_LAYOUT);
const textLayout = asText(TEXT_LAYOUT);
const compiled = new Map<MailTemplateName, { subject: Delegate; text: Delegate; html: Delegate }>();

function compiledTemplate(name: MailTemplateName) {
  let entry = compiled.get(name);
  if (entry === undefined) {
    const template = MAIL_TEMPLATES[name];
    if (template === undefined) throw new Error(`unknown mail template "${String(name)}"`);
    entry = { subject: asText(template.subject), text: asText(template.text), html: asHtml(template.html) };
    compiled.set(name, entry);
  }
  return entry;
}

/** A subject is one header line: whatever the data held, line breaks and controls become spaces. */
function oneLine(value: string, max = 200): string {
  const line = value.replace(/[\s\p{Cc}]+/gu, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/**
 * Renders a template into the subject, text and HTML of a mail (HTML framed by the shared layout;
 * every value from `data` escaped there). Links point under `publicUrl`.
 */
export function renderMail<N extends MailTemplateName>(
  name: N,
  data: MailTemplateData[N],
  options: RenderOptions,
): RenderedMail<N> {
  const links: MailLinks = mailLinks(options.publicUrl);
  const template = compiledTemplate(name);
  const view = { ...(MAIL_TEMPLATES[name] as MailTemplate<MailTemplateData[N]>).view(data, links), links };
  const subject = oneLine(template.subject(view));
  return {
    template: name,
    subject,
    text: textLayout({ body: template.text(view).trim(), links }),
    html: htmlLayout({ body: template.html(view), subject, links }),
  };
}

/** `renderMail` with the public URL bound (the Nest module provides one: the app's origin or PUBLIC_URL). */
export class MailRenderer {
  private readonly publicUrl: () => string;
  constructor(options: { publicUrl: string | (() => string) }) {
    const { publicUrl } = options;
    this.publicUrl = typeof publicUrl === 'string' ? () => publicUrl : publicUrl;
    mailLinks(this.publicUrl()); // fail at start-up, not at the first mail
  }

  render<N extends MailTemplateName>(name: N, data: MailTemplateData[N]): RenderedMail<N> {
    return renderMail(name, data, { publicUrl: this.publicUrl() });
  }
}
