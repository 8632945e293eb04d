import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useSession } from '../auth';
import { bookingKeys } from '../booking';
import { completeChallenge } from './payments.api';
import type { ChallengeOutcome } from './payments.types';

export function useCompleteChallenge(intentId: string) {
  const queryClient = useQueryClient();
  const { user } = useSession();
  return useMutation({
    mutationFn: ({ outcome, idempotencyKey }: { outcome: ChallengeOutcome; idempotencyKey: string }) =>
      completeChallenge(intentId, outcome, idempotencyKey),
    onSettled: async () => {
      if (user) await queryClient.invalidateQueries({ queryKey: bookingKeys.all(user.id) });
    },
  });
}
