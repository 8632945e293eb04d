import { boundedContext, streamModel } from '../kernel';
import { accountDecider } from './account.decider';
import { accountSchema, emailClaimSchema, sessionSchema } from './accounts.events';
import { ACCOUNT_CATEGORY, EMAIL_CATEGORY, SESSION_CATEGORY } from './accounts.streams';
import { emailClaimDecider } from './email-claim';
import { sessionDecider } from './session';

export const accountModel = streamModel(ACCOUNT_CATEGORY, accountDecider, accountSchema);

/** One stream per normalized address: its first claim makes the address unique. */
export const emailClaimModel = streamModel(EMAIL_CATEGORY, emailClaimDecider, emailClaimSchema);

/** One stream per login (a family of rotating refresh tokens). */
export const sessionModel = streamModel(SESSION_CATEGORY, sessionDecider, sessionSchema);

export const accountsContext = boundedContext('accounts', [accountModel, emailClaimModel, sessionModel]);
