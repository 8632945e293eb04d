import { useState } from 'react';
import { Button, Group, Text } from '@mantine/core';
import type { CanvasMode } from './canvasMode';

export const KEY_HELP: Record<CanvasMode, string> = {
  pick: 'Keys: arrows go from seat to seat, Enter or Space picks or unpicks the seat, Shift + arrows move the map, + and − zoom, 0 fits the plan.',
  view: 'Keys: arrows move the map, + and − zoom, 0 fits the plan.',
  select: 'Keys: arrows move the map, + and − zoom, 0 fits the plan.',
};

/**
 * The map's keys, in view under it (hideable). The map names this text in aria-describedby, so a
 * screen reader reads it on focus too. Shown or hidden only on request: the layout never shifts
 * when the map gains or loses the focus (a shift under the pointer would swallow a click).
 */
export function KeyboardHelp({ id, mode }: { id: string; mode: CanvasMode }) {
  const [shown, setShown] = useState(true);
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start" mt={4}>
      <Text id={id} size="xs" hidden={!shown} data-testid="keyboard-help" style={{ flex: 1 }}>
        {KEY_HELP[mode]}
      </Text>
      <Button
        variant="subtle"
        size="compact-xs"
        aria-expanded={shown}
        aria-controls={id}
        onClick={() => setShown((s) => !s)}
        ml={shown ? undefined : 'auto'}
      >
        {shown ? 'Hide keys' : 'Show keyboard keys'}
      </Button>
    </Group>
  );
}
