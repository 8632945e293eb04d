import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { catalogKeys, fetchEvent, type EventImage } from '../../catalog';
import { organizerKeys } from '../organizer.api';
import { changeImageAlt, removeImage, reorderGallery, uploadImage, type UploadOptions } from './media.api';

export const mediaKeys = { event: (eventId: string) => ['organizer', 'media', eventId] as const };

/** The event's images as the read side has them, waiting for the organizer's last command. */
export function useEventImages(eventId: string, initial?: EventImage[]) {
  return useQuery({
    queryKey: mediaKeys.event(eventId),
    queryFn: async ({ signal }) => (await fetchEvent(eventId, { signal })).images ?? [],
    initialData: initial,
    refetchOnWindowFocus: false,
  });
}

/** After any image command: reload the images; the event page and lists refetch when next shown. */
function useRefresh(eventId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: mediaKeys.event(eventId) }),
      queryClient.invalidateQueries({ queryKey: catalogKeys.detail(eventId), refetchType: 'none' }),
      queryClient.invalidateQueries({ queryKey: catalogKeys.all, refetchType: 'none' }),
      queryClient.invalidateQueries({ queryKey: organizerKeys.all, refetchType: 'none' }),
    ]);
}

export type UploadVariables = { file: File } & Omit<UploadOptions, 'signal'>;

export function useUploadImage(eventId: string) {
  const refresh = useRefresh(eventId);
  return useMutation({
    mutationFn: ({ file, ...options }: UploadVariables) => uploadImage(eventId, file, options),
    onSuccess: refresh,
  });
}

export function useRemoveImage(eventId: string) {
  const refresh = useRefresh(eventId);
  return useMutation({ mutationFn: (imageId: string) => removeImage(eventId, imageId), onSuccess: refresh });
}

export function useChangeAlt(eventId: string) {
  const refresh = useRefresh(eventId);
  return useMutation({
    mutationFn: ({ imageId, alt }: { imageId: string; alt: string }) => changeImageAlt(eventId, imageId, alt),
    onSuccess: refresh,
  });
}

/** Shows the new order at once; puts the old one back if the server refuses it. */
export function useReorderGallery(eventId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefresh(eventId);
  const key = mediaKeys.event(eventId);
  return useMutation({
    // Quick successive moves are sent one after the other: two orders in flight could land reversed.
    scope: { id: `gallery-order:${eventId}` },
    mutationFn: (imageIds: string[]) => reorderGallery(eventId, imageIds),
    onMutate: async (imageIds) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<EventImage[]>(key);
      if (previous) {
        const byId = new Map(previous.map((i) => [i.imageId, i]));
        const gallery = imageIds.flatMap((id) => byId.get(id) ?? []);
        queryClient.setQueryData(key, [...previous.filter((i) => i.role !== 'gallery'), ...gallery]);
      }
      return { previous };
    },
    onError: (_error, _ids, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSettled: refresh,
  });
}
