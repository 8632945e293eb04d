import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { formatDateTime } from '../../lib/format';
import { cardExpiry, cardLabel } from './saved-cards';
import type { SavedCard } from './wallet.types';

type Props = {
  card: SavedCard;
  onMakeDefault: () => void;
  onRemove: () => void;
  /** This card's "Make default" is being sent. */
  makingDefault: boolean;
};

/** One saved card: brand, last four digits, expiry, its badges and actions (named with the card for screen readers). */
export function SavedCardItem({ card, onMakeDefault, onRemove, makingDefault }: Props) {
  const labelId = `saved-card-${card.id}`;
  return (
    <Paper component="li" withBorder p="md" radius="md" style={{ listStyle: 'none' }}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={2}>
          <Group gap="xs">
            <Text fw={600} id={labelId}>
              {cardLabel(card)}
            </Text>
            {card.isDefault && (
              <Badge variant="light" color="blue">
                Default
              </Badge>
            )}
            {card.expired && (
              <Badge variant="light" color="red">
                Expired
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {cardExpiry(card)} · saved {formatDateTime(card.savedAt)}
          </Text>
        </Stack>
        <Group gap="xs">
          {/* An expired card cannot pay, so it is not offered as the default. */}
          {!card.isDefault && !card.expired && (
            <Button
              variant="light"
              size="xs"
              loading={makingDefault}
              onClick={onMakeDefault}
              aria-describedby={labelId}
            >
              Make default
            </Button>
          )}
          <Button variant="light" color="red" size="xs" onClick={onRemove} aria-describedby={labelId}>
            Remove
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
