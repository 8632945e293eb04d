import { formatUtc } from './links';
import type { Greeting, MailTemplate } from './mail-template';

export type PasswordResetData = Greeting & Readonly<{ token: string; expiresAt: Date | string }>;

export const passwordReset: MailTemplate<PasswordResetData> = {
  subject: 'Reset your Seatwise password',
  view: (data, links) => ({ ...data, link: links.resetPassword(data.token), expires: formatUtc(data.expiresAt) }),
  text: `Hi {{displayName}},

someone (hopefully you) asked to reset the password of your Seatwise account. Choose a new one here:

{{link}}

The link works once, until {{expires}}. If you did not ask for it, ignore this mail: your password stays as it is.`,
  html: `<p>Hi {{displayName}},</p>
<p>someone (hopefully you) asked to reset the password of your Seatwise account.</p>
{{> button href=link label="Choose a new password"}}
<p>The link works once, until <strong>{{expires}}</strong>. If you did not ask for it, ignore this mail: your password stays as it is.</p>`,
};
