import { useId, type FormEvent } from 'react';
import { Alert, Button, Group, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FormProblem } from '../../components/FormProblem';
import { newId } from '../../lib/ids';
import { useFormFields } from '../../lib/use-form-fields';
import { categoryKeys, changeCategory } from './categories.api';
import { validateLabel, validateSlug } from './categoryRules';

// The names the server uses in its problem `errors[]`.
const FIELDS = ['slug', 'label'] as const;
type Field = (typeof FIELDS)[number];

export function AddCategoryForm() {
  const headingId = useId();
  const queryClient = useQueryClient();
  const form = useFormFields<Field>({ slug: '', label: '' }, (v) => ({
    slug: validateSlug(v.slug),
    label: validateLabel(v.label),
  }));
  const add = useMutation({
    mutationFn: () =>
      changeCategory({ action: 'add', slug: form.values.slug.trim(), label: form.values.label }, newId()),
    onSuccess: () => {
      form.reset();
      void queryClient.invalidateQueries({ queryKey: categoryKeys.all });
    },
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (form.check()) add.mutate(undefined, { onError: form.showProblem });
  };

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p={{ base: 'md', sm: 'lg' }} radius="md">
      <Stack gap="md">
        <Title order={2} size="h3" id={headingId}>
          Add a category
        </Title>
        {add.isSuccess && (
          <Alert color="green" variant="light" role="status">
            “{add.data.label}” added: organizers can pick it now.
          </Alert>
        )}
        <form ref={form.formRef} onSubmit={onSubmit} noValidate>
          <Stack gap="md">
            <Group align="flex-start" grow preventGrowOverflow={false} wrap="wrap">
              <TextInput
                label="Label"
                description="What people see, 2 to 40 characters."
                required
                maxLength={40}
                miw={200}
                {...form.inputProps('label')}
              />
              <TextInput
                label="Slug"
                description="Lowercase letters, digits and dashes; it never changes."
                required
                maxLength={31}
                autoCapitalize="none"
                spellCheck={false}
                miw={200}
                {...form.inputProps('slug')}
              />
            </Group>
            <FormProblem error={add.error} fields={FIELDS} title="Could not add the category" />
            <div>
              <Button type="submit" loading={add.isPending}>
                Add category
              </Button>
            </div>
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}
