import type { Decider } from '../kernel';
import type { WalletCommand } from './wallet.commands';
import { decideWallet } from './wallet.decide';
import type { WalletEvent } from './wallet.events';
import { type WalletState, evolveWallet, initialWalletState } from './wallet.state';

export const walletDecider: Decider<WalletState, WalletCommand, WalletEvent> = {
  initialState: initialWalletState,
  decide: decideWallet,
  evolve: evolveWallet,
};
