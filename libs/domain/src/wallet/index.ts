export * from './wallet.events';
export * from './wallet.commands';
export * from './wallet.decider';
export { MAX_SAVED_CARDS, cardForPayment, findCard } from './wallet.decide';
export { type SavedCard, type WalletState, cardExpired, initialWalletState } from './wallet.state';
export * from './wallet.streams';
export * from './wallet.context';
