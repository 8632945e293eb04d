import { useId, type FormEvent } from 'react';
import { Alert, Anchor, Button, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { FormProblem } from '../../components/FormProblem';
import { useFormFields } from '../../lib/use-form-fields';
import { PasswordField, validatePassword } from '../registration';
import { accountKeys, changePassword, fetchSessions, type AccountSession } from './account.api';

// The names the server uses in its problem `errors[]`.
const FIELDS = ['currentPassword', 'newPassword'] as const;
type Field = (typeof FIELDS)[number];

const signedOut = (count: number) =>
  count === 0
    ? 'No other sessions were signed out.'
    : `${count} other ${count === 1 ? 'session was' : 'sessions were'} signed out.`;

/** "Change password" on the profile page: this session stays, every other one ends. */
export function ChangePasswordForm({ userId, email }: { userId: string; email: string }) {
  const headingId = useId();
  const queryClient = useQueryClient();
  const form = useFormFields<Field>({ currentPassword: '', newPassword: '' }, (v) => ({
    currentPassword: v.currentPassword ? undefined : 'Enter your current password.',
    newPassword: validatePassword(v.newPassword, email),
  }));
  const change = useMutation({
    mutationFn: () =>
      changePassword({ currentPassword: form.values.currentPassword, newPassword: form.values.newPassword }),
    onSuccess: () => {
      form.reset();
      // If the sessions list is cached, only this session is left: show that, then confirm it.
      const key = accountKeys.sessions(userId);
      if (!queryClient.getQueryData(key)) return;
      queryClient.setQueryData<{ items: AccountSession[] }>(
        key,
        (list) => list && { items: list.items.filter((s) => s.current) },
      );
      void queryClient.fetchQuery({ queryKey: key, queryFn: fetchSessions, staleTime: 0 }).catch(() => undefined);
    },
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (form.check()) change.mutate(undefined, { onError: form.showProblem });
  };

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p={{ base: 'md', sm: 'lg' }} radius="md">
      <Stack gap="md">
        <Title order={2} size="h3" id={headingId}>
          Change password
        </Title>
        {change.isSuccess && (
          <Alert color="green" variant="light" role="status">
            Password changed. {signedOut(change.data.sessionsEnded)}
          </Alert>
        )}
        <form ref={form.formRef} onSubmit={onSubmit} noValidate>
          <Stack gap="md" maw={420}>
            {/* Lets password managers file the new password under the right account. */}
            <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
            <PasswordInput
              label="Current password"
              autoComplete="current-password"
              required
              {...form.inputProps('currentPassword')}
            />
            <PasswordField label="New password" email={email} required {...form.inputProps('newPassword')} />
            <FormProblem error={change.error} fields={FIELDS} title="Could not change your password" />
            <div>
              <Button type="submit" loading={change.isPending}>
                Change password
              </Button>
            </div>
          </Stack>
        </form>
        <Text size="sm">
          Forgot your current password?{' '}
          <Anchor component={Link} to="/forgot-password" underline="always">
            Reset it by e-mail
          </Anchor>
        </Text>
      </Stack>
    </Paper>
  );
}
