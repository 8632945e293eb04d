import { useState } from 'react';
import { ActionIcon, Group, Modal, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useHotkeys, useMediaQuery } from '@mantine/hooks';
import { ChevronLeftIcon, ChevronRightIcon } from '../../lib/icons';
import type { EventImage } from './catalog.types';
import { srcSetOf, variantOf } from './images';
import classes from './EventMedia.module.css';

/** Gallery thumbnails; each opens the lightbox at that image. */
export function EventGallery({ images }: { images: EventImage[] }) {
  const [open, setOpen] = useState<number | null>(null);
  if (images.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="gallery-heading">
      <Title order={2} size="h3" id="gallery-heading">
        Gallery
      </Title>
      <ul className={classes.thumbs}>
        {images.map((image, index) => {
          const thumb = variantOf(image, 'thumb');
          return (
            thumb && (
              <li key={image.imageId}>
                <UnstyledButton className={classes.thumbButton} aria-haspopup="dialog" onClick={() => setOpen(index)}>
                  <img
                    className={classes.thumb}
                    src={thumb.url}
                    width={thumb.width}
                    height={thumb.height}
                    alt={image.alt}
                    loading="lazy"
                    decoding="async"
                  />
                </UnstyledButton>
              </li>
            )
          );
        })}
      </ul>
      <Lightbox images={images} index={open} onIndex={setOpen} />
    </Stack>
  );
}

type LightboxProps = { images: EventImage[]; index: number | null; onIndex: (index: number | null) => void };

/** One image at a time, large; arrow keys and buttons step through, Escape closes (focus returns to the thumbnail). */
function Lightbox({ images, index, onIndex }: LightboxProps) {
  const phone = useMediaQuery('(max-width: 48em)');
  const count = images.length;
  const image = index === null ? undefined : images[index];
  const step = (by: number) => index !== null && onIndex((index + by + count) % count);
  // On the document: Modal.Content does not pass onKeyDown on. Inert while closed (index null).
  useHotkeys([
    ['ArrowRight', () => step(1)],
    ['ArrowLeft', () => step(-1)],
  ]);
  const shown = image && variantOf(image, 'full');
  return (
    // Compound form: Modal.Header renders a <header>, which would be a second banner landmark.
    <Modal.Root opened={image !== undefined} onClose={() => onIndex(null)} size="auto" centered fullScreen={phone}>
      <Modal.Overlay backgroundOpacity={0.85} />
      <Modal.Content>
        <Group justify="space-between" wrap="nowrap" p="md" pb={0}>
          <Modal.Title fw={700} aria-live="polite">
            {index !== null && `Image ${index + 1} of ${count}`}
          </Modal.Title>
          <Modal.CloseButton aria-label="Close" />
        </Group>
        <Modal.Body pt="md">
          {image && shown && (
            <figure style={{ margin: 0 }}>
              <div className={classes.stage}>
                <img
                  key={image.imageId}
                  className={classes.full}
                  src={shown.url}
                  srcSet={srcSetOf(image)}
                  sizes="(min-width: 1700px) 1600px, 95vw"
                  width={shown.width}
                  height={shown.height}
                  alt={image.alt}
                  decoding="async"
                />
              </div>
              <Group justify="space-between" wrap="nowrap" mt="sm" gap="sm">
                <ActionIcon
                  variant="default"
                  size="lg"
                  aria-label="Previous image"
                  onClick={() => step(-1)}
                  disabled={count < 2}
                >
                  <ChevronLeftIcon />
                </ActionIcon>
                <Text component="figcaption" size="sm" ta="center">
                  {image.alt}
                </Text>
                <ActionIcon
                  variant="default"
                  size="lg"
                  aria-label="Next image"
                  onClick={() => step(1)}
                  disabled={count < 2}
                  data-autofocus
                >
                  <ChevronRightIcon />
                </ActionIcon>
              </Group>
            </figure>
          )}
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
