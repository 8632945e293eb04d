import type { MailLinks } from './links';

/**
 * One mail: Handlebars sources for the subject and both bodies, and `view`, which turns the typed
 * data into what the sources refer to (links built, times formatted). Bodies are framed by the
 * shared layout; `html` is escaped, `subject` and `text` are not (they are not HTML).
 */
export type MailTemplate<D> = Readonly<{
  subject: string;
  text: string;
  html: string;
  view: (data: D, links: MailLinks) => Record<string, unknown>;
}>;

/** Every template greets the recipient by the name they gave. */
export type Greeting = Readonly<{ displayName: string }>;
