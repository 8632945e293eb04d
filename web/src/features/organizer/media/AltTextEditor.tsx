import { useState, type FormEvent } from 'react';
import { Button, Group, Text, TextInput } from '@mantine/core';
import { ProblemAlert } from '../../../components/ProblemAlert';
import type { EventImage } from '../../catalog';
import { MAX_ALT_LENGTH, altProblem } from './imageCheck';
import { useChangeAlt } from './useEventMedia';

/** Shows an image's alt text; "Edit alt text" turns it into a small form. */
export function AltTextEditor({ eventId, image, label }: { eventId: string; image: EventImage; label: string }) {
  const change = useChangeAlt(eventId);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  if (draft === null) {
    return (
      <Group gap="xs" wrap="nowrap" align="baseline">
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          <Text span size="sm" fw={600}>
            Alt text:
          </Text>{' '}
          {image.alt}
        </Text>
        <Button
          size="compact-sm"
          variant="subtle"
          onClick={() => setDraft(image.alt)}
          aria-label={`Edit alt text of ${label}`}
        >
          Edit
        </Button>
      </Group>
    );
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problem = altProblem(draft);
    setError(problem);
    if (problem) return;
    change.mutate({ imageId: image.imageId, alt: draft.trim() }, { onSuccess: () => setDraft(null) });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={`Alt text of ${label}`}>
      <TextInput
        label="Alt text"
        required
        size="sm"
        maxLength={MAX_ALT_LENGTH}
        value={draft}
        error={error}
        onChange={(e) => {
          setDraft(e.currentTarget.value);
          setError(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setDraft(null);
        }}
        autoFocus
      />
      <Group gap="xs" mt="xs">
        <Button type="submit" size="compact-sm" loading={change.isPending}>
          Save alt text
        </Button>
        <Button size="compact-sm" variant="default" onClick={() => setDraft(null)} disabled={change.isPending}>
          Cancel
        </Button>
      </Group>
      {change.isError && <ProblemAlert error={change.error} title="The alt text was not changed" />}
    </form>
  );
}
