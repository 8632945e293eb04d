import { Suspense, lazy, type ComponentProps } from 'react';
import { Skeleton } from '@mantine/core';

/**
 * The seat map's code (the plan canvas, its gestures and drawing) in a chunk of its own: a page of an
 * event without a plan never downloads or evaluates it. `preloadSeatMap` starts the download as soon as
 * the event's answer says it has a plan, in parallel with the plan's own request.
 */
export const preloadSeatMap = () => import('./EventSeatMap');

const EventSeatMap = lazy(async () => ({ default: (await preloadSeatMap()).EventSeatMap }));

/** EventSeatMap, with a placeholder of about its height while its code loads. */
export function LazyEventSeatMap(props: ComponentProps<typeof EventSeatMap>) {
  return (
    <Suspense fallback={<Skeleton height={560} radius="md" aria-hidden="true" />}>
      <EventSeatMap {...props} />
    </Suspense>
  );
}
