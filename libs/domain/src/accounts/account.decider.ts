import type { Decider } from '../kernel';
import type { AccountCommand } from './accounts.commands';
import type { AccountEvent } from './accounts.events';
import { decideAccount } from './account.decide';
import { type AccountState, evolveAccount, initialAccountState } from './account.state';

export const accountDecider: Decider<AccountState, AccountCommand, AccountEvent> = {
  initialState: initialAccountState,
  decide: decideAccount,
  evolve: evolveAccount,
};
