import { formatUtc } from './links';
import type { Greeting, MailTemplate } from './mail-template';

/** Sent instead of a verification mail when the address already has an account (no account enumeration). */
export type AlreadyRegisteredData = Greeting & Readonly<{ attemptedAt: Date | string }>;

export const alreadyRegistered: MailTemplate<AlreadyRegisteredData> = {
  subject: 'Someone tried to register with your e-mail address',
  view: (data, links) => ({
    ...data,
    attempted: formatUtc(data.attemptedAt),
    signIn: links.signIn,
    reset: links.forgotPassword,
  }),
  text: `Hi {{displayName}},

on {{attempted}} someone tried to create a Seatwise account with this e-mail address. You already have one, so nothing was created and your account is unchanged.

If it was you, sign in here: {{signIn}}
Forgot your password? Reset it here: {{reset}}

If it was not you, you can ignore this mail.`,
  html: `<p>Hi {{displayName}},</p>
<p>on <strong>{{attempted}}</strong> someone tried to create a Seatwise account with this e-mail address. You already have one, so nothing was created and your account is unchanged.</p>
{{> button href=signIn label="Sign in"}}
<p>Forgot your password? <a href="{{reset}}" style="color:#1c7ed6;">Reset it here</a>.</p>
<p>If it was not you, you can ignore this mail.</p>`,
};
