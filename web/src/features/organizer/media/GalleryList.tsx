import { useState } from 'react';
import { ActionIcon, Button, Group, Paper, Stack, Text, VisuallyHidden } from '@mantine/core';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { ArrowDownIcon, ArrowUpIcon } from '../../../lib/icons';
import { variantOf, type EventImage } from '../../catalog';
import { AltTextEditor } from './AltTextEditor';
import { useReorderGallery } from './useEventMedia';

type Props = { eventId: string; gallery: EventImage[]; onRemove: (image: EventImage) => void };

/** The gallery in page order; move buttons reorder it (shown at once, put back if the server refuses). */
export function GalleryList({ eventId, gallery, onRemove }: Props) {
  const reorder = useReorderGallery(eventId);
  const [announcement, setAnnouncement] = useState('');
  const move = (from: number, to: number) => {
    const ids = gallery.map((i) => i.imageId);
    const [moved] = ids.splice(from, 1);
    ids.splice(to, 0, moved);
    setAnnouncement(`Moved “${gallery[from].alt}” to position ${to + 1} of ${ids.length}.`);
    reorder.mutate(ids);
    // The item changed places: keep focus on its move button (the other one at either end).
    const direction = to < from ? 'up' : 'down';
    const atEnd = direction === 'up' ? to === 0 : to === ids.length - 1;
    const target = `move-${atEnd ? (direction === 'up' ? 'down' : 'up') : direction}-${moved}`;
    requestAnimationFrame(() => document.getElementById(target)?.focus());
  };

  return (
    <Stack gap="xs">
      <Stack
        component="ol"
        gap="xs"
        p={0}
        m={0}
        aria-label="Gallery images in page order"
        style={{ listStyle: 'none' }}
      >
        {gallery.map((image, index) => {
          const thumb = variantOf(image, 'thumb');
          const label = `gallery image ${index + 1}`;
          return (
            <Paper component="li" key={image.imageId} withBorder p="xs" radius="sm">
              <Group gap="sm" wrap="nowrap" align="flex-start">
                {thumb && (
                  <img
                    src={thumb.url}
                    alt={image.alt}
                    width={96}
                    height={72}
                    loading="lazy"
                    style={{ display: 'block', objectFit: 'cover', borderRadius: 4, flexShrink: 0 }}
                  />
                )}
                <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
                  <Text size="sm" fw={600}>
                    {index + 1}.<VisuallyHidden> of {gallery.length}</VisuallyHidden>
                  </Text>
                  <AltTextEditor eventId={eventId} image={image} label={label} />
                  <Group gap="xs">
                    <ActionIcon
                      variant="default"
                      id={`move-up-${image.imageId}`}
                      aria-label={`Move ${label} up`}
                      disabled={index === 0}
                      onClick={() => move(index, index - 1)}
                    >
                      <ArrowUpIcon size={16} />
                    </ActionIcon>
                    <ActionIcon
                      variant="default"
                      id={`move-down-${image.imageId}`}
                      aria-label={`Move ${label} down`}
                      disabled={index === gallery.length - 1}
                      onClick={() => move(index, index + 1)}
                    >
                      <ArrowDownIcon size={16} />
                    </ActionIcon>
                    <Button
                      variant="light"
                      color="red"
                      size="compact-sm"
                      onClick={() => onRemove(image)}
                      aria-label={`Remove ${label}`}
                    >
                      Remove
                    </Button>
                  </Group>
                </Stack>
              </Group>
            </Paper>
          );
        })}
      </Stack>
      <Text size="sm" role="status">
        {reorder.isError ? '' : announcement}
      </Text>
      {reorder.isError && <ProblemAlert error={reorder.error} title="The new order was not saved" />}
    </Stack>
  );
}
