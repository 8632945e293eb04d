import { useId } from 'react';
import { Paper, Text } from '@mantine/core';

/** One figure with its name: a group named by its label, so "Sales" can be found and read as one. */
export function FigureCard({ label, value }: { label: string; value: string }) {
  const id = useId();
  return (
    <Paper withBorder p="sm" role="group" aria-labelledby={id}>
      <Text size="sm" c="dimmed" id={id}>
        {label}
      </Text>
      <Text size="lg" fw={700} style={{ overflowWrap: 'anywhere' }}>
        {value}
      </Text>
    </Paper>
  );
}
