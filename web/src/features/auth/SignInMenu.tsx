import { useState } from 'react';
import { Avatar, Button, Menu, Text, UnstyledButton, Group, VisuallyHidden } from '@mantine/core';
import { ChevronDownIcon } from '../../lib/icons';
import { isProblem } from '../../lib/api';
import { PERSONAS, type Persona } from './auth.types';
import { useSession } from './session-context';

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part.charAt(0).toUpperCase())
    .join('');

/** Demo sign-in: pick a persona. Signed in, the same menu shows the user and signs out. */
export function SignInMenu() {
  const { user, signIn, signOut, signingIn } = useSession();
  const [opened, setOpened] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const choose = async (persona: Persona) => {
    setError(null);
    try {
      await signIn(persona);
    } catch (e) {
      setError(isProblem(e) ? (e.detail ?? e.title) : 'Sign-in failed.');
      setOpened(true);
    }
  };

  const personaItems = PERSONAS.map((persona) => (
    <Menu.Item key={persona} onClick={() => void choose(persona)} disabled={signingIn !== null}>
      Sign in as {persona}
    </Menu.Item>
  ));

  return (
    <Menu opened={opened} onChange={setOpened} position="bottom-end" width={240} shadow="md" withinPortal>
      <Menu.Target>
        {user ? (
          <UnstyledButton px={6} py={4} style={{ borderRadius: 'var(--mantine-radius-sm)' }}>
            <Group gap={8} wrap="nowrap">
              {/* The accessible name includes the visible name (WCAG 2.5.3 label in name). */}
              <VisuallyHidden>Account:</VisuallyHidden>
              <Avatar size={30} radius="xl" color="blue" aria-hidden="true">
                {initials(user.name)}
              </Avatar>
              <Text size="sm" fw={500} visibleFrom="sm" truncate maw={160}>
                {user.name}
              </Text>
              <ChevronDownIcon size={14} />
            </Group>
          </UnstyledButton>
        ) : (
          <Button variant="filled" loading={signingIn !== null} rightSection={<ChevronDownIcon size={14} />}>
            Sign in
          </Button>
        )}
      </Menu.Target>
      <Menu.Dropdown>
        {error && (
          <Text role="alert" size="sm" c="var(--mantine-color-error)" px="sm" py={6}>
            Sign-in failed: {error}
          </Text>
        )}
        {user ? (
          <>
            <Menu.Label>Signed in as {user.name}</Menu.Label>
            <Text size="xs" c="dimmed" px="sm" pb={6}>
              Roles: {user.roles.join(', ') || 'none'}
            </Text>
            <Menu.Divider />
            <Menu.Label>Switch persona (demo)</Menu.Label>
            {personaItems}
            <Menu.Divider />
            <Menu.Item onClick={signOut}>Sign out</Menu.Item>
          </>
        ) : (
          <>
            <Menu.Label>Demo personas</Menu.Label>
            {personaItems}
          </>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
