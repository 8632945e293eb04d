import { Suspense } from 'react';
import { AppShell, Burger, Center, Drawer, Group, Loader, Stack, Text, Anchor } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet } from 'react-router';
import { HeaderAuth, VerifyEmailBanner } from '../features/auth';
import { ColorSchemeToggle } from './ColorSchemeToggle';
import { NavLinks } from './NavLinks';
import classes from './AppLayout.module.css';

export function AppLayout() {
  const [menuOpened, menu] = useDisclosure(false);
  return (
    <AppShell header={{ height: 60 }} padding="md">
      <AppShell.Header>
        <a href="#main-content" className={classes.skipLink}>
          Skip to main content
        </a>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap">
            <Burger
              opened={menuOpened}
              onClick={menu.toggle}
              hiddenFrom="lg"
              size="sm"
              aria-label={menuOpened ? 'Close navigation' : 'Open navigation'}
              aria-expanded={menuOpened}
            />
            <Anchor component={Link} to="/" underline="never" c="inherit" className={classes.brand}>
              <img src="/icons/icon.svg" alt="" width={28} height={28} />
              <Text component="span" fw={800} size="lg" className={classes.wordmark}>
                Seatwise
              </Text>
            </Anchor>
            {/* From 1200 px the entries fit one row beside the account menu (e2e/navigation.spec.ts); below, the drawer. */}
            <Group component="nav" aria-label="Main" gap={4} ml="md" visibleFrom="lg" wrap="nowrap">
              <NavLinks />
            </Group>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <ColorSchemeToggle />
            <HeaderAuth />
          </Group>
        </Group>
      </AppShell.Header>

      {/* Compound form: Drawer.Header renders a <header>, which would be a second banner landmark. */}
      <Drawer.Root opened={menuOpened} onClose={menu.close} size="xs" hiddenFrom="lg">
        <Drawer.Overlay />
        <Drawer.Content>
          <Group justify="space-between" p="md">
            <Drawer.Title fw={700}>Seatwise</Drawer.Title>
            <Drawer.CloseButton aria-label="Close navigation" />
          </Group>
          <Drawer.Body>
            <Stack component="nav" aria-label="Main" gap={4}>
              <NavLinks onNavigate={menu.close} fullWidth />
            </Stack>
          </Drawer.Body>
        </Drawer.Content>
      </Drawer.Root>

      <AppShell.Main id="main-content" tabIndex={-1} className={classes.main}>
        <VerifyEmailBanner />
        {/* Pages other than the catalog arrive with their code (App.tsx); navigations keep the old page meanwhile. */}
        <Suspense
          fallback={
            <Center py="xl" role="status" aria-label="Loading page">
              <Loader />
            </Center>
          }
        >
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
