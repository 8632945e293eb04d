import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { variantOf, type EventImage } from '../../catalog';

type Props = {
  image: EventImage | null;
  what: string;
  pending: boolean;
  error: unknown;
  onClose: () => void;
  onConfirm: (image: EventImage) => void;
};

/** Removing deletes the image's files: ask first, showing which image. */
export function ConfirmRemoveModal({ image, what, pending, error, onClose, onConfirm }: Props) {
  const thumb = image && variantOf(image, 'thumb');
  return (
    // Compound form: Modal.Header renders a <header>, which would be a second banner landmark.
    <Modal.Root opened={image !== null} onClose={onClose} centered>
      <Modal.Overlay />
      <Modal.Content>
        <Group justify="space-between" wrap="nowrap" p="md" pb={0}>
          <Modal.Title fw={700}>Remove {what}?</Modal.Title>
          <Modal.CloseButton aria-label="Close" />
        </Group>
        <Modal.Body pt="md">
          <Stack gap="md">
            {thumb && (
              <img
                src={thumb.url}
                alt={image.alt}
                width={thumb.width}
                height={thumb.height}
                style={{ display: 'block', maxWidth: '100%', height: 'auto', borderRadius: 4 }}
              />
            )}
            <Text size="sm">
              “{image?.alt}” disappears from the event page and its files are deleted. This cannot be undone.
            </Text>
            {Boolean(error) && <ProblemAlert error={error} title="The image was not removed" />}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose} disabled={pending}>
                Keep it
              </Button>
              <Button
                color="red"
                autoContrast={false}
                loading={pending}
                onClick={() => image && onConfirm(image)}
                data-autofocus
              >
                Remove
              </Button>
            </Group>
          </Stack>
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
