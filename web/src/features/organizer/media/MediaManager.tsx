import { useState } from 'react';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { coverOf, galleryOf, variantOf, type EventImage } from '../../catalog';
import { AltTextEditor } from './AltTextEditor';
import { ConfirmRemoveModal } from './ConfirmRemoveModal';
import { GalleryList } from './GalleryList';
import { MAX_GALLERY_IMAGES } from './imageCheck';
import { ImageUploader } from './ImageUploader';
import { useEventImages, useRemoveImage } from './useEventMedia';

type Props = { eventId: string; initial?: EventImage[] };

/** The organizer's images of one event: a cover and an ordered gallery, each with alt text. */
export function MediaManager({ eventId, initial }: Props) {
  const images = useEventImages(eventId, initial);
  const remove = useRemoveImage(eventId);
  const [removing, setRemoving] = useState<EventImage | null>(null);
  const cover = coverOf(images.data);
  const gallery = galleryOf(images.data);
  const closeRemove = () => {
    setRemoving(null);
    remove.reset();
  };

  return (
    <Paper withBorder p={{ base: 'sm', sm: 'lg' }} radius="md" component="section" aria-labelledby="images-heading">
      <Title order={2} size="h4" id="images-heading" mb="xs">
        Images
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        Changes show on the event page at once; they do not need another review.
      </Text>
      {images.isError && (
        <ProblemAlert error={images.error} title="Could not load the images" onRetry={() => void images.refetch()} />
      )}
      <Stack gap="xl">
        <Stack gap="sm" component="section" aria-labelledby="cover-heading">
          <Title order={3} size="h5" id="cover-heading">
            Cover
          </Title>
          {cover ? (
            <CoverPreview eventId={eventId} cover={cover} onRemove={() => setRemoving(cover)} />
          ) : (
            <Text size="sm">No cover yet: the event page and catalog card show one when it is added.</Text>
          )}
          <ImageUploader eventId={eventId} role="cover" label={cover ? 'Replace the cover' : 'Add a cover'} />
        </Stack>
        <Stack gap="sm" component="section" aria-labelledby="gallery-heading">
          <Title order={3} size="h5" id="gallery-heading">
            Gallery ({gallery.length} of {MAX_GALLERY_IMAGES})
          </Title>
          {gallery.length === 0 ? (
            <Text size="sm">No gallery images yet.</Text>
          ) : (
            <GalleryList eventId={eventId} gallery={gallery} onRemove={setRemoving} />
          )}
          <ImageUploader
            eventId={eventId}
            role="gallery"
            label="Add a gallery image"
            blocked={
              gallery.length >= MAX_GALLERY_IMAGES
                ? `The gallery is full (${MAX_GALLERY_IMAGES} images): remove one to add another.`
                : undefined
            }
          />
        </Stack>
      </Stack>
      <ConfirmRemoveModal
        image={removing}
        what={removing?.role === 'cover' ? 'the cover' : 'this gallery image'}
        pending={remove.isPending}
        error={remove.error}
        onClose={closeRemove}
        onConfirm={(image) => remove.mutate(image.imageId, { onSuccess: closeRemove })}
      />
    </Paper>
  );
}

function CoverPreview({ eventId, cover, onRemove }: { eventId: string; cover: EventImage; onRemove: () => void }) {
  const card = variantOf(cover, 'card');
  return (
    <Group align="flex-start" gap="md" wrap="wrap">
      {card ? (
        <img
          src={card.url}
          alt={cover.alt}
          width={card.width}
          height={card.height}
          style={{ display: 'block', width: 'min(100%, 20rem)', height: 'auto', borderRadius: 6 }}
        />
      ) : (
        <Alert color="yellow">This cover has no rendering to show.</Alert>
      )}
      <Stack gap="xs" style={{ flex: '1 1 14rem' }}>
        <AltTextEditor eventId={eventId} image={cover} label="the cover" />
        <div>
          <Button variant="light" color="red" size="compact-sm" onClick={onRemove}>
            Remove cover
          </Button>
        </div>
      </Stack>
    </Group>
  );
}
