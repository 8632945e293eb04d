import { useState, type FormEvent } from 'react';
import { Badge, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ProblemAlert } from '../../components/ProblemAlert';
import { isProblem } from '../../lib/api';
import { newId } from '../../lib/ids';
import { type Category, type CategoryChange, categoryKeys, changeCategory } from './categories.api';
import { validateLabel } from './categoryRules';

/** One category: its label (renamed in place), slug, status, and retire / restore. */
export function CategoryItem({ category }: { category: Category }) {
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [label, setLabel] = useState(category.label);
  const [labelError, setLabelError] = useState<string>();
  const change = useMutation({
    mutationFn: (c: CategoryChange) => changeCategory(c, newId()),
    onSuccess: () => {
      setEditing(false);
      void queryClient.invalidateQueries({ queryKey: categoryKeys.all });
    },
  });
  const retired = category.status === 'retired';
  const headingId = `category-${category.slug}`;

  const rename = (e: FormEvent) => {
    e.preventDefault();
    const error = validateLabel(label);
    setLabelError(error);
    if (!error) change.mutate({ action: 'rename', slug: category.slug, label });
  };
  const serverLabelError = editing && isProblem(change.error) ? change.error.fieldMessage('label') : undefined;

  return (
    <Paper component="li" withBorder p="sm" radius="md" style={{ listStyle: 'none' }} aria-labelledby={headingId}>
      <Stack gap="xs">
        {editing ? (
          <form onSubmit={rename} noValidate>
            <Group align="flex-end" gap="xs" wrap="wrap">
              <TextInput
                label={`New label for ${category.slug}`}
                value={label}
                maxLength={40}
                onChange={(e) => setLabel(e.currentTarget.value)}
                error={labelError ?? serverLabelError}
                data-autofocus
                style={{ flex: '1 1 200px' }}
              />
              <Button type="submit" loading={change.isPending}>
                Save
              </Button>
              <Button
                variant="default"
                onClick={() => {
                  setEditing(false);
                  setLabel(category.label);
                  setLabelError(undefined);
                  change.reset();
                }}
              >
                Cancel
              </Button>
            </Group>
          </form>
        ) : (
          <Group justify="space-between" gap="xs" wrap="wrap">
            <Group gap="sm" wrap="wrap">
              <Text fw={600} id={headingId} c={retired ? 'dimmed' : undefined}>
                {category.label}
              </Text>
              <Text size="sm" c="dimmed" ff="monospace">
                {category.slug}
              </Text>
              {retired && (
                <Badge color="gray" variant="light">
                  Retired
                </Badge>
              )}
            </Group>
            <Group gap="xs">
              <Button
                size="xs"
                variant="default"
                onClick={() => {
                  change.reset();
                  setEditing(true);
                }}
                aria-label={`Rename ${category.label}`}
              >
                Rename
              </Button>
              {retired ? (
                <Button
                  size="xs"
                  variant="light"
                  loading={change.isPending}
                  onClick={() => change.mutate({ action: 'restore', slug: category.slug })}
                  aria-label={`Restore ${category.label}`}
                >
                  Restore
                </Button>
              ) : (
                <Button
                  size="xs"
                  variant="light"
                  color="red"
                  loading={change.isPending}
                  onClick={() => change.mutate({ action: 'retire', slug: category.slug })}
                  aria-label={`Retire ${category.label}`}
                >
                  Retire
                </Button>
              )}
            </Group>
          </Group>
        )}
        {change.isError && !(editing && serverLabelError) && (
          <ProblemAlert error={change.error} title="That did not work" showFieldErrors={false} />
        )}
      </Stack>
    </Paper>
  );
}
