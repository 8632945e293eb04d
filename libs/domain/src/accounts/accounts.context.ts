import { boundedContext, streamModel } from '../kernel';
import { accountDecider } from './account.decider';
import { accountEventVersions, accountsSchema, emailClaimEventVersions, sessionEventVersions } from './accounts.events';
import { ACCOUNT_CATEGORY, EMAIL_CATEGORY, SESSION_CATEGORY } from './accounts.streams';
import { emailClaimDecider } from './email-claim';
import { sessionDecider } from './session';

export const accountModel = streamModel(ACCOUNT_CATEGORY, accountDecider, accountsSchema, accountEventVersions);

/** One stream per normalized address: its first claim makes the address unique. */
export const emailClaimModel = streamModel(EMAIL_CATEGORY, emailClaimDecider, accountsSchema, emailClaimEventVersions);

/** One stream per login (a family of rotating refresh tokens). */
export const sessionModel = streamModel(SESSION_CATEGORY, sessionDecider, accountsSchema, sessionEventVersions);

export const accountsContext = boundedContext('accounts', [accountModel, emailClaimModel, sessionModel]);
