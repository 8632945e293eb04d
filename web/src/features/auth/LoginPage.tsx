import { useState } from 'react';
import { Anchor, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, Navigate, useSearchParams } from 'react-router';
import type { DemoPersona } from './auth.types';
import { DemoCredentials } from './DemoCredentials';
import { LoginForm } from './LoginForm';
import { safeReturnTo } from './return-to';
import { useSession } from './session-context';
import { SocialButtons } from './SocialButtons';

export function LoginPage() {
  const { isSignedIn } = useSession();
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get('returnTo'));
  // "Use" remounts the form with that persona's credentials.
  const [prefill, setPrefill] = useState<{ persona: DemoPersona; n: number } | null>(null);

  // Already signed in (or just now, or restored from the refresh cookie): on to where the user was going.
  if (isSignedIn) return <Navigate to={returnTo} replace />;

  return (
    <Container size={460} px={0}>
      <title>Log in · Seatwise</title>
      <Stack gap="lg">
        <Title order={1}>Log in</Title>
        <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md">
          <Stack gap="md">
            <LoginForm key={prefill?.n ?? 0} initial={prefill?.persona} />
            <SocialButtons returnTo={returnTo} />
          </Stack>
        </Paper>
        <Group justify="space-between" gap="xs">
          <Anchor component={Link} to="/forgot-password" size="sm">
            Forgot your password?
          </Anchor>
          <Text size="sm">
            New here?{' '}
            <Anchor component={Link} to="/signup" underline="always">
              Create an account
            </Anchor>
          </Text>
        </Group>
        <DemoCredentials onUse={(persona) => setPrefill((prev) => ({ persona, n: (prev?.n ?? 0) + 1 }))} />
      </Stack>
    </Container>
  );
}
