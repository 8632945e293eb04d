import { useEffect, useRef, useState } from 'react';
import type { Availability } from './availability.types';

/** A sentence for screen readers whenever the free count changes (not on first load). */
export function useAvailabilityAnnouncement(availability: Availability | undefined): string {
  const [message, setMessage] = useState('');
  const previous = useRef<number | undefined>(undefined);
  const free = availability?.free;
  const capacity = availability?.capacity;

  useEffect(() => {
    if (free === undefined) return;
    if (previous.current !== undefined && previous.current !== free) {
      setMessage(
        free <= 0 ? 'Availability updated: sold out.' : `Availability updated: ${free} of ${capacity} seats free.`,
      );
    }
    previous.current = free;
  }, [free, capacity]);

  return message;
}
