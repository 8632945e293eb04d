import type { FormEvent } from 'react';
import { Alert, Anchor, Button, Container, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { Link } from 'react-router';
import { FormProblem } from '../../components/FormProblem';
import { useFormFields, validateEmail } from '../../lib/use-form-fields';
import { useDemoPersonas } from '../auth';
import { requestPasswordReset } from './registration.api';

const FIELDS = ['email'] as const;

export function ForgotPasswordPage() {
  const form = useFormFields<'email'>({ email: '' }, (v) => ({ email: validateEmail(v.email) }));
  const send = useMutation({ mutationFn: () => requestPasswordReset(form.values.email.trim()) });
  const { isDemo } = useDemoPersonas();

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (form.check()) send.mutate(undefined, { onError: form.showProblem });
  };

  return (
    <Container size={460} px={0}>
      <title>Forgot your password · Seatwise</title>
      <Stack gap="lg">
        <Title order={1}>Forgot your password?</Title>
        <Text>Enter the address of your account. We will send you a link to choose a new password.</Text>
        <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md">
          <form ref={form.formRef} onSubmit={onSubmit} noValidate>
            <Stack gap="md">
              <TextInput label="E-mail" type="email" autoComplete="email" required {...form.inputProps('email')} />
              <FormProblem error={send.error} fields={FIELDS} title="Could not send the link" />
              {send.isSuccess && (
                <Alert color="green" variant="light" title="Check your mailbox" role="status">
                  {send.data?.message ?? 'If an account uses this address, a reset link is on its way.'}
                </Alert>
              )}
              <Button type="submit" loading={send.isPending}>
                Send reset link
              </Button>
            </Stack>
          </form>
        </Paper>
        {isDemo && (
          <Anchor component={Link} to="/dev/mailbox">
            Open the demo mailbox
          </Anchor>
        )}
        <Anchor component={Link} to="/login">
          Back to the login page
        </Anchor>
      </Stack>
    </Container>
  );
}
