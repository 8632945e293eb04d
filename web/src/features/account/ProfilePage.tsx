import type { ReactNode } from 'react';
import { Anchor, Badge, Box, Container, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime } from '../../lib/format';
import { RequireSignIn, useSession, VerifyEmailNotice } from '../auth';
import { accountKeys, fetchProfile } from './account.api';
import { ChangePasswordForm } from './ChangePasswordForm';

const GRID = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))',
  gap: 'var(--mantine-spacing-md)',
};

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} fw={500}>
        {children}
      </Text>
    </div>
  );
}

function Profile({ userId }: { userId: string }) {
  const profile = useQuery({ queryKey: accountKeys.profile(userId), queryFn: fetchProfile });
  if (profile.isPending) return <Skeleton height={160} aria-hidden="true" />;
  if (profile.isError) {
    return (
      <ProblemAlert error={profile.error} title="Could not load your profile" onRetry={() => void profile.refetch()} />
    );
  }
  const me = profile.data;
  return (
    <Stack gap="lg">
      {!me.emailVerified && <VerifyEmailNotice />}
      <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md">
        <Box component="dl" m={0} style={GRID}>
          <Field label="Display name">{me.displayName}</Field>
          <Field label="E-mail">
            <Group gap="xs">
              <span>{me.email}</span>
              <Badge color={me.emailVerified ? 'green' : 'yellow'} variant="light">
                {me.emailVerified ? 'Verified' : 'Not verified'}
              </Badge>
            </Group>
          </Field>
          <Field label="Roles">{me.roles.length ? me.roles.join(', ') : 'none'}</Field>
          <Field label="Member since">{formatDateTime(me.createdAt)}</Field>
        </Box>
      </Paper>
      <Stack gap="xs" align="flex-start">
        <Anchor component={Link} to="/account/sessions">
          Manage your sessions
        </Anchor>
        <Anchor component={Link} to="/account/payment-methods">
          Manage your saved cards
        </Anchor>
      </Stack>
      <ChangePasswordForm userId={userId} email={me.email} />
    </Stack>
  );
}

export function ProfilePage() {
  const { user } = useSession();
  return (
    <Container size="md" px={0}>
      <title>Your account · Seatwise</title>
      <Stack gap="lg">
        <Title order={1}>Your account</Title>
        <RequireSignIn action="see your account">{user && <Profile userId={user.id} />}</RequireSignIn>
      </Stack>
    </Container>
  );
}
