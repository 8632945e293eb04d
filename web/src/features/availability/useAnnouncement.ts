import { useEffect, useRef, useState } from 'react';
import type { Availability } from './availability.types';
import { SALE_STATE_TEXT, saleState } from './saleState';

/** A sentence for screen readers whenever the free count changes (not on first load). */
export function useAvailabilityAnnouncement(availability: Availability | undefined): string {
  const [message, setMessage] = useState('');
  const previous = useRef<number | undefined>(undefined);
  const free = availability?.free;
  const capacity = availability?.capacity;
  const state = availability && saleState(availability);

  useEffect(() => {
    if (free === undefined) return;
    if (previous.current !== undefined && previous.current !== free) {
      setMessage(
        state && state !== 'open'
          ? `Availability updated: ${SALE_STATE_TEXT[state].title.toLowerCase()}.`
          : `Availability updated: ${free} of ${capacity} seats free.`,
      );
    }
    previous.current = free;
  }, [free, capacity, state]);

  return message;
}
