import { type Decider, DomainError, assertNever } from '../kernel';
import type { ClaimEmail } from './accounts.commands';
import type { EmailClaimed } from './accounts.events';

export type EmailClaimState = { userId?: string };

/** The stream per normalized address: the first claim wins, every later one is refused. */
export const emailClaimDecider: Decider<EmailClaimState, ClaimEmail, EmailClaimed> = {
  initialState: () => ({}),
  evolve: (_state, event) => ({ userId: event.data.userId }),
  decide(command, state) {
    switch (command.type) {
      case 'ClaimEmail':
        if (state.userId === command.data.userId) return [];
        if (state.userId) throw DomainError.conflict('accounts.email-taken', 'This address belongs to another account');
        return [{ type: 'EmailClaimed', data: { email: command.data.email, userId: command.data.userId } }];
      default:
        return assertNever(command.type);
    }
  },
};
