import type { QueryClient } from '@tanstack/react-query';
import { latest } from '../../lib/position';
import { availabilityKey, fetchAvailability } from './availability.api';
import type { Availability } from './availability.types';

/**
 * After our own command: refetch availability, which waits for the position the command reached
 * (lib/read-your-writes.ts), so the user sees their write even if the stream has not delivered it yet.
 */
export async function refreshAvailability(queryClient: QueryClient, eventId: string) {
  const key = availabilityKey(eventId);
  try {
    const snapshot = await fetchAvailability(eventId);
    queryClient.setQueryData<Availability>(key, (current) => latest(current, snapshot));
  } catch {
    // The live stream will catch up; a failed refresh must not turn a successful command into an error.
    await queryClient.invalidateQueries({ queryKey: key });
  }
}
