import { Badge, Drawer, Group, Stack, Text, Title } from '@mantine/core';
import type { AdminUser } from './admin.api';
import { AccessControls } from './AccessControls';
import { RoleEditor } from './RoleEditor';
import { SecurityHistory } from './SecurityHistory';

/** One user's roles, access and security history. */
export function UserDrawer({ user, onClose }: { user: AdminUser | null; onClose: () => void }) {
  return (
    // Compound form: Drawer.Header renders a <header>, which would be a second banner landmark.
    <Drawer.Root opened={user !== null} onClose={onClose} position="right" size="md">
      <Drawer.Overlay />
      <Drawer.Content>
        {user && (
          <>
            <Group justify="space-between" p="md" wrap="nowrap" align="flex-start">
              <Stack gap={2}>
                <Drawer.Title fw={700} fz="lg">
                  {user.displayName || user.email}
                </Drawer.Title>
                <Text size="sm" c="dimmed">
                  {user.email}
                </Text>
                <Group gap={6}>
                  {!user.emailVerified && (
                    <Badge variant="light" color="yellow">
                      Not verified
                    </Badge>
                  )}
                  {user.disabled && (
                    <Badge variant="light" color="red">
                      Disabled
                    </Badge>
                  )}
                </Group>
              </Stack>
              <Drawer.CloseButton aria-label="Close user details" />
            </Group>
            <Drawer.Body>
              <Stack gap="xl">
                <section aria-labelledby="drawer-roles">
                  <Title order={3} size="h5" id="drawer-roles" mb="xs">
                    Roles
                  </Title>
                  <RoleEditor user={user} />
                </section>
                <section aria-labelledby="drawer-access">
                  <Title order={3} size="h5" id="drawer-access" mb="xs">
                    Access
                  </Title>
                  <AccessControls key={user.id} user={user} />
                </section>
                <section aria-labelledby="drawer-history">
                  <Title order={3} size="h5" id="drawer-history" mb="xs">
                    Security history
                  </Title>
                  <SecurityHistory userId={user.id} />
                </section>
              </Stack>
            </Drawer.Body>
          </>
        )}
      </Drawer.Content>
    </Drawer.Root>
  );
}
