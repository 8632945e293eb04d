import { paymentProviderContract } from '../contract/payment-provider.contract';
import { TEST_CARDS } from './test-cards';
import { TestModeIntents } from './test-mode-intents';

paymentProviderContract('embedded test mode', async () => {
  let n = 0;
  const provider = new TestModeIntents({
    nextId: () => (++n).toString(16).padStart(32, '0'),
    now: () => new Date(),
    emit: () => undefined,
    challengeUrl: (intentId) => `/payments/test-mode/challenge/${intentId}`,
  });
  return {
    provider,
    cards: {
      succeeds: TEST_CARDS.succeeds,
      insufficientFunds: TEST_CARDS.insufficientFunds,
      stolen: TEST_CARDS.stolen,
      threeDSecure: TEST_CARDS.threeDSecure,
    },
    authenticate: async (intentId, pass) => {
      await provider.completeChallenge(intentId, pass ? 'pass' : 'fail');
    },
  };
});
