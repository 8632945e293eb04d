import { NativeSelect, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { categoryOptions } from '../catalog';
import type { EventFormState } from './useEventForm';

export function EventBasicsFields({ form, disabled }: { form: EventFormState; disabled?: boolean }) {
  const { values, set, touch, errorFor } = form;
  return (
    <Stack gap="md">
      <TextInput
        label="Title"
        required
        maxLength={140}
        value={values.title}
        onChange={(e) => set('title', e.currentTarget.value)}
        onBlur={() => touch('title')}
        error={errorFor('title')}
        disabled={disabled}
      />
      <Textarea
        label="Description"
        description="Plain text, or simple HTML: p, br, strong, em, ul, ol, li, a, h3, h4, blockquote."
        autosize
        minRows={4}
        maxRows={12}
        value={values.description}
        onChange={(e) => set('description', e.currentTarget.value)}
        onBlur={() => touch('description')}
        error={errorFor('description')}
        disabled={disabled}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label="Category"
          required
          data={[{ value: '', label: 'Choose a category', disabled: true }, ...categoryOptions]}
          value={values.category}
          onChange={(e) => set('category', e.currentTarget.value)}
          onBlur={() => touch('category')}
          error={errorFor('category')}
          disabled={disabled}
        />
        <TagsInput
          label="Tags"
          description="Up to 10; press Enter after each."
          maxTags={10}
          clearable
          value={values.tags}
          onChange={(tags) => set('tags', tags)}
          onBlur={() => touch('tags')}
          error={errorFor('tags')}
          disabled={disabled}
        />
      </SimpleGrid>
    </Stack>
  );
}
