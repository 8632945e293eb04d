import { formatUtc } from './links';
import type { Greeting, MailTemplate } from './mail-template';

export type AccountLockedData = Greeting & Readonly<{ lockedUntil: Date | string }>;

export const accountLocked: MailTemplate<AccountLockedData> = {
  subject: 'Sign-in to your Seatwise account is paused',
  view: (data, links) => ({ ...data, until: formatUtc(data.lockedUntil), reset: links.forgotPassword }),
  text: `Hi {{displayName}},

after too many failed sign-in attempts, signing in to your Seatwise account is paused until {{until}}.

If those attempts were not yours, someone may know your address; resetting your password is a good idea: {{reset}}`,
  html: `<p>Hi {{displayName}},</p>
<p>after too many failed sign-in attempts, signing in to your Seatwise account is paused until <strong>{{until}}</strong>.</p>
<p>If those attempts were not yours, someone may know your address; resetting your password is a good idea.</p>
{{> button href=reset label="Reset my password"}}`,
};
