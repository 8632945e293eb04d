import { useState } from 'react';
import { Button, Menu, Text } from '@mantine/core';
import { isProblem } from '../../lib/api';
import { ChevronDownIcon } from '../../lib/icons';
import { useDemoPersonas } from './useDemoPersonas';
import { useDemoSignIn } from './useDemoSignIn';

/** Demo mode only: one click signs in as a ready-made persona. */
export function DemoSignInMenu() {
  const { isDemo, personas } = useDemoPersonas();
  const signIn = useDemoSignIn();
  const [opened, setOpened] = useState(false);
  if (!isDemo || personas.length === 0) return null;
  const error = signIn.error && (isProblem(signIn.error) ? (signIn.error.detail ?? signIn.error.title) : 'Failed.');
  return (
    <Menu opened={opened} onChange={setOpened} position="bottom-end" width={240} shadow="md" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          size="sm"
          px="xs"
          loading={signIn.isPending}
          rightSection={<ChevronDownIcon size={14} />}
          aria-label="Demo sign in"
        >
          Demo
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {error && (
          <Text role="alert" size="sm" c="var(--mantine-color-error)" px="sm" py={6}>
            Sign-in failed: {error}
          </Text>
        )}
        <Menu.Label>Demo personas</Menu.Label>
        {personas.map((persona) => (
          <Menu.Item
            key={persona.persona}
            disabled={signIn.isPending}
            onClick={() => signIn.mutate(persona, { onError: () => setOpened(true) })}
          >
            Sign in as {persona.persona}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
