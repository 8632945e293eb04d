import { useState } from 'react';
import { NativeSelect, SimpleGrid, Stack, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import { useCategories, useCategoryLabel, useTagSuggestions } from '../categories';
import type { EventFormState } from './useEventForm';

export function EventBasicsFields({ form, disabled }: { form: EventFormState; disabled?: boolean }) {
  const { values, set, touch, errorFor } = form;
  const categories = useCategories();
  const categoryLabel = useCategoryLabel();
  // An event keeps a category retired after it was set: offer it while editing, marked as such.
  const [initialCategory] = useState(values.category);
  const active = categories.data ?? [];
  const kept =
    initialCategory && categories.isSuccess && !active.some((c) => c.slug === initialCategory)
      ? [{ value: initialCategory, label: `${categoryLabel(initialCategory)} (retired)` }]
      : [];
  const [tagSearch, setTagSearch] = useState('');
  const suggestions = useTagSuggestions(tagSearch);
  const counts = new Map((suggestions.data ?? []).map((s) => [s.tag, s.count]));
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
          description={categories.isError ? 'Could not load the categories; try again later.' : undefined}
          data={[
            { value: '', label: categories.isPending ? 'Loading categories…' : 'Choose a category', disabled: true },
            ...active.map((c) => ({ value: c.slug, label: c.label })),
            ...kept,
          ]}
          value={values.category}
          onChange={(e) => set('category', e.currentTarget.value)}
          onBlur={() => touch('category')}
          error={errorFor('category')}
          disabled={disabled}
        />
        <TagsInput
          label="Tags"
          description="Up to 10; press Enter after each, or pick one other events use."
          maxTags={10}
          clearable
          value={values.tags}
          onChange={(tags) => set('tags', tags)}
          searchValue={tagSearch}
          onSearchChange={setTagSearch}
          data={(suggestions.data ?? []).map((s) => s.tag)}
          // The API matches prefixes (most used first); while a newer answer is on its way, the previous
          // one is narrowed to what is typed now. TagsInput itself leaves out tags already chosen.
          filter={({ options, search }) =>
            options.filter((o) => 'value' in o && o.value.startsWith(search.trim().toLowerCase()))
          }
          renderOption={({ option }) => (
            <Text size="sm" component="span">
              {option.value}{' '}
              <Text span size="xs" c="dimmed">
                ({counts.get(option.value) ?? 0} {counts.get(option.value) === 1 ? 'event' : 'events'})
              </Text>
            </Text>
          )}
          onBlur={() => touch('tags')}
          error={errorFor('tags')}
          disabled={disabled}
        />
      </SimpleGrid>
    </Stack>
  );
}
