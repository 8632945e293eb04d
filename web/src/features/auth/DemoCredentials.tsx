import { Button, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { DemoPersona } from './auth.types';
import { useDemoPersonas } from './useDemoPersonas';

/** Demo mode only: the ready-made accounts, each with a "Use" button that fills the login form. */
export function DemoCredentials({ onUse }: { onUse: (persona: DemoPersona) => void }) {
  const { isDemo, personas } = useDemoPersonas();
  if (!isDemo || personas.length === 0) return null;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="demo-accounts-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="demo-accounts-heading">
          Demo accounts
        </Title>
        <Text size="sm" c="dimmed">
          This server runs in demo mode. These accounts are public: use them to try each role.
        </Text>
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {personas.map((persona) => (
            <Group component="li" key={persona.persona} justify="space-between" wrap="nowrap" gap="sm">
              <Stack gap={2} miw={0}>
                <Text size="sm" fw={600}>
                  {persona.persona}
                  {persona.roles.length > 0 && (
                    <Text span size="xs" c="dimmed" fw={400}>
                      {' '}
                      ({persona.roles.join(', ')})
                    </Text>
                  )}
                </Text>
                <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
                  E-mail <Code>{persona.email}</Code> · Password <Code>{persona.password}</Code>
                </Text>
              </Stack>
              <Button
                size="compact-sm"
                variant="light"
                style={{ flexShrink: 0 }}
                onClick={() => onUse(persona)}
                aria-label={`Use ${persona.persona}`}
              >
                Use
              </Button>
            </Group>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}
