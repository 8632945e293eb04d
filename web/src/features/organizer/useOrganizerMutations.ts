import { useMutation, useQueryClient } from '@tanstack/react-query';
import { newId } from '../../lib/ids';
import { catalogKeys } from '../catalog';
import { createEvent, publishEvent, type CreateEventRequest } from './organizer.api';

export function useCreateEvent() {
  return useMutation({
    mutationFn: (request: CreateEventRequest) => createEvent(request, newId()),
  });
}

export function usePublishEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (eventId: string) => publishEvent(eventId, newId()),
    onSuccess: ({ eventId }) => {
      void queryClient.invalidateQueries({ queryKey: catalogKeys.all });
      void queryClient.invalidateQueries({ queryKey: catalogKeys.detail(eventId) });
    },
  });
}
