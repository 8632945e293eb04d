import { boundedContext, streamModel } from '../kernel';
import { walletDecider } from './wallet.decider';
import { walletSchema } from './wallet.events';
import { WALLET_CATEGORY } from './wallet.streams';

/** A person's saved cards: one stream per person. */
export const walletModel = streamModel(WALLET_CATEGORY, walletDecider, walletSchema);

export const walletContext = boundedContext('wallet', [walletModel]);
