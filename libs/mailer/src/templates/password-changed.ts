import { formatUtc } from './links';
import type { Greeting, MailTemplate } from './mail-template';

export type PasswordChangedData = Greeting & Readonly<{ changedAt: Date | string }>;

export const passwordChanged: MailTemplate<PasswordChangedData> = {
  subject: 'Your Seatwise password was changed',
  view: (data, links) => ({ ...data, changed: formatUtc(data.changedAt), reset: links.forgotPassword }),
  text: `Hi {{displayName}},

the password of your Seatwise account was changed on {{changed}}, and every other session was signed out.

If that was not you, reset your password now: {{reset}}`,
  html: `<p>Hi {{displayName}},</p>
<p>the password of your Seatwise account was changed on <strong>{{changed}}</strong>, and every other session was signed out.</p>
<p>If that was not you, reset your password now.</p>
{{> button href=reset label="Reset my password"}}`,
};
