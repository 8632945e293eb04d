import type { FormEvent } from 'react';
import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { FormProblem } from '../../components/FormProblem';
import { useFormFields, validateEmail } from '../../lib/use-form-fields';
import { useSession } from './session-context';

const FIELDS = ['email', 'password'] as const;
type Field = (typeof FIELDS)[number];

const validate = (v: Record<Field, string>) => ({
  email: validateEmail(v.email),
  password: v.password ? undefined : 'Enter your password.',
});

type Props = { initial?: { email: string; password: string } };

/** E-mail and password (the page then moves on). Remounted with a new key to fill in demo credentials. */
export function LoginForm({ initial }: Props) {
  const { login } = useSession();
  const form = useFormFields<Field>({ email: initial?.email ?? '', password: initial?.password ?? '' }, validate);
  const submit = useMutation({ mutationFn: () => login(form.values.email.trim(), form.values.password) });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!form.check()) return;
    submit.mutate(undefined, { onError: form.showProblem });
  };

  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <TextInput label="E-mail" type="email" autoComplete="username" required {...form.inputProps('email')} />
        <PasswordInput label="Password" autoComplete="current-password" required {...form.inputProps('password')} />
        <FormProblem error={submit.error} fields={FIELDS} title="Could not log you in" />
        <Button type="submit" loading={submit.isPending}>
          Log in
        </Button>
      </Stack>
    </form>
  );
}
