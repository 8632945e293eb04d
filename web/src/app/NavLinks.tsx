import { Button, Popover, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, useLocation, useMatch, useResolvedPath } from 'react-router';
import { useDemoPersonas, useSession } from '../features/auth';
import { ChevronDownIcon } from '../lib/icons';
import { type NavGroup, type NavItem as Item, navModel } from './nav-model';

function NavItem({ to, label, end, onNavigate, fullWidth }: Item & { onNavigate?: () => void; fullWidth?: boolean }) {
  const resolved = useResolvedPath(to);
  const active = useMatch({ path: resolved.pathname, end: end ?? false }) !== null;
  return (
    <Button
      component={Link}
      to={to}
      onClick={onNavigate}
      variant={active ? 'light' : 'subtle'}
      color={active ? undefined : 'gray'}
      aria-current={active ? 'page' : undefined}
      fullWidth={fullWidth}
      justify={fullWidth ? 'flex-start' : undefined}
    >
      {label}
    </Button>
  );
}

/**
 * A role's tools in the header: a disclosure button (marked while one of its pages is shown) and
 * a panel of links, the pattern WAI-ARIA's practices give site navigation (not role="menu", which
 * promises application-menu keys).
 */
function NavMenu({ group }: { group: NavGroup }) {
  const { pathname } = useLocation();
  const [opened, { close, toggle }] = useDisclosure(false);
  const active = group.items.some((item) => pathname === item.to || pathname.startsWith(`${item.to}/`));
  return (
    <Popover
      opened={opened}
      onChange={(next) => (next ? undefined : close())}
      position="bottom-start"
      shadow="md"
      withinPortal
    >
      <Popover.Target>
        <Button
          variant={active ? 'light' : 'subtle'}
          color={active ? undefined : 'gray'}
          rightSection={<ChevronDownIcon size={14} />}
          onClick={toggle}
          aria-expanded={opened}
        >
          {group.label}
        </Button>
      </Popover.Target>
      <Popover.Dropdown p={4}>
        <Stack gap={2} role="group" aria-label={group.label}>
          {group.items.map((item) => (
            <NavItem key={item.to} {...item} onNavigate={close} fullWidth />
          ))}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

/**
 * The main navigation (nav-model.ts says what whom): in the header, links and a menu per role's
 * tools; in the drawer (fullWidth), everything as a list, each role's tools under its name.
 */
export function NavLinks({ onNavigate, fullWidth }: { onNavigate?: () => void; fullWidth?: boolean }) {
  const { hasRole, isSignedIn } = useSession();
  const { isDemo } = useDemoPersonas();
  const { links, groups } = navModel({ hasRole, isSignedIn, isDemo });
  return (
    <>
      {links.map((item) => (
        <NavItem key={item.to} {...item} onNavigate={onNavigate} fullWidth={fullWidth} />
      ))}
      {groups.map((group) =>
        fullWidth ? (
          <Stack key={group.label} gap={4} mt="sm" role="group" aria-label={group.label}>
            <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm">
              {group.label}
            </Text>
            {group.items.map((item) => (
              <NavItem key={item.to} {...item} onNavigate={onNavigate} fullWidth />
            ))}
          </Stack>
        ) : (
          <NavMenu key={group.label} group={group} />
        ),
      )}
    </>
  );
}
