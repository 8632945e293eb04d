import { formatUtc } from './links';
import type { Greeting, MailTemplate } from './mail-template';

export type VerifyEmailData = Greeting & Readonly<{ token: string; expiresAt: Date | string }>;

export const verifyEmail: MailTemplate<VerifyEmailData> = {
  subject: 'Confirm your e-mail address',
  view: (data, links) => ({ ...data, link: links.verifyEmail(data.token), expires: formatUtc(data.expiresAt) }),
  text: `Hi {{displayName}},

please confirm the e-mail address of your new Seatwise account by opening this link:

{{link}}

The link works until {{expires}}. If you did not create an account, ignore this mail: nothing happens without the link.`,
  html: `<p>Hi {{displayName}},</p>
<p>please confirm the e-mail address of your new Seatwise account.</p>
{{> button href=link label="Confirm my e-mail address"}}
<p>The link works until <strong>{{expires}}</strong>. If you did not create an account, ignore this mail: nothing happens without the link.</p>`,
};
