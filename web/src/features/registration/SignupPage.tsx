import type { FormEvent } from 'react';
import { Anchor, Button, Container, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { FormProblem } from '../../components/FormProblem';
import { useFormFields, validateEmail } from '../../lib/use-form-fields';
import { PasswordField } from './PasswordField';
import { validatePassword } from './password-policy';
import { signUp } from './registration.api';

const FIELDS = ['email', 'password', 'displayName'] as const;
type Field = (typeof FIELDS)[number];
export const DISPLAY_NAME_MAX = 80; // the server's limit

const validate = (v: Record<Field, string>) => ({
  email: validateEmail(v.email),
  password: validatePassword(v.password, v.email),
  displayName: !v.displayName.trim()
    ? 'Enter the name others should see.'
    : v.displayName.trim().length > DISPLAY_NAME_MAX
      ? `Use at most ${DISPLAY_NAME_MAX} characters.`
      : undefined,
});

export function SignupPage() {
  const navigate = useNavigate();
  const form = useFormFields<Field>({ email: '', password: '', displayName: '' }, validate);
  const submit = useMutation({
    mutationFn: () =>
      signUp({
        email: form.values.email.trim(),
        password: form.values.password,
        displayName: form.values.displayName.trim(),
      }),
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!form.check()) return;
    submit.mutate(undefined, {
      onSuccess: (answer) =>
        navigate('/signup/check-mailbox', { state: { email: form.values.email.trim(), message: answer?.message } }),
      onError: form.showProblem,
    });
  };

  return (
    <Container size={460} px={0}>
      <title>Sign up · Seatwise</title>
      <Stack gap="lg">
        <Title order={1}>Create your account</Title>
        <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md">
          <form ref={form.formRef} onSubmit={onSubmit} noValidate>
            <Stack gap="md">
              <TextInput label="E-mail" type="email" autoComplete="email" required {...form.inputProps('email')} />
              <PasswordField label="Password" required email={form.values.email} {...form.inputProps('password')} />
              <TextInput
                label="Display name"
                description="Shown to organizers and on your bookings"
                autoComplete="nickname"
                required
                maxLength={DISPLAY_NAME_MAX}
                {...form.inputProps('displayName')}
              />
              <FormProblem error={submit.error} fields={FIELDS} title="Could not create the account" />
              <Button type="submit" loading={submit.isPending}>
                Create account
              </Button>
            </Stack>
          </form>
        </Paper>
        <Text size="sm">
          Already have an account?{' '}
          <Anchor component={Link} to="/login" underline="always">
            Go to login
          </Anchor>
        </Text>
      </Stack>
    </Container>
  );
}
