import type { FormEvent } from 'react';
import { Alert, Anchor, Button, Container, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { Link, Navigate, useSearchParams } from 'react-router';
import { FormProblem } from '../../components/FormProblem';
import { useFormFields } from '../../lib/use-form-fields';
import { useSession } from '../auth';
import { PasswordField } from './PasswordField';
import { validatePassword } from './password-policy';
import { confirmPasswordReset } from './registration.api';

// The server names the new password `password`; the token has no input of its own.
const FIELDS = ['password'] as const;

/** `/reset-password?token=`: the link from the reset mail. */
export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { isSignedIn, logout } = useSession();
  const form = useFormFields<'password'>({ password: '' }, (v) => ({ password: validatePassword(v.password) }));
  const reset = useMutation({
    mutationFn: () => confirmPasswordReset(token, form.values.password),
    // Every session was revoked, this one included.
    onSuccess: () => (isSignedIn ? logout() : undefined),
  });

  // Without a token this is the "forgot your password" link of the mails: ask for the address.
  if (!token) return <Navigate to="/forgot-password" replace />;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (form.check()) reset.mutate(undefined, { onError: form.showProblem });
  };

  return (
    <Container size={460} px={0}>
      <title>Choose a new password · Seatwise</title>
      <Stack gap="lg">
        <Title order={1}>Choose a new password</Title>
        {reset.isSuccess ? (
          <Alert color="green" variant="light" title="Your password has been changed" role="status">
            Every session of your account has been signed out. Log in with the new password.
          </Alert>
        ) : (
          <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md">
            <form ref={form.formRef} onSubmit={onSubmit} noValidate>
              <Stack gap="md">
                <PasswordField label="New password" required {...form.inputProps('password')} />
                <FormProblem error={reset.error} fields={FIELDS} title="Could not set the new password" />
                <Button type="submit" loading={reset.isPending}>
                  Set new password
                </Button>
              </Stack>
            </form>
          </Paper>
        )}
        {reset.isError && (
          <Text size="sm">
            Reset links work once and expire after a while.{' '}
            <Anchor component={Link} to="/forgot-password" underline="always">
              Ask for a new link
            </Anchor>
          </Text>
        )}
        <Anchor component={Link} to="/login">
          Go to login
        </Anchor>
      </Stack>
    </Container>
  );
}
