import { Avatar, Group, Menu, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { ChevronDownIcon } from '../../lib/icons';
import type { SessionUser } from './auth.types';
import { useSession } from './session-context';

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part.charAt(0).toUpperCase())
    .join('');

/**
 * The signed-in user's menu: profile, sessions, payment methods, admin (admins only), log out.
 * (Demo personas are in the signed-out header: switching there keeps item names here unique, e.g. "Admin".)
 */
export function AccountMenu({ user }: { user: SessionUser }) {
  const { hasRole, logout } = useSession();
  const navigate = useNavigate();
  const name = user.displayName || user.email;

  return (
    <Menu position="bottom-end" width={250} shadow="md" withinPortal>
      <Menu.Target>
        <UnstyledButton px={6} py={4} style={{ borderRadius: 'var(--mantine-radius-sm)' }}>
          <Group gap={8} wrap="nowrap">
            {/* The accessible name includes the visible name (WCAG 2.5.3 label in name). */}
            <VisuallyHidden>Account:</VisuallyHidden>
            <Avatar size={30} radius="xl" color="blue" aria-hidden="true">
              {initials(name)}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="sm" truncate maw={160}>
              {name}
            </Text>
            <ChevronDownIcon size={14} />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Signed in as {user.email}</Menu.Label>
        <Menu.Item component={Link} to="/account">
          Profile
        </Menu.Item>
        <Menu.Item component={Link} to="/account/sessions">
          Sessions
        </Menu.Item>
        <Menu.Item component={Link} to="/account/payment-methods">
          Payment methods
        </Menu.Item>
        {hasRole('admin') && (
          <Menu.Item component={Link} to="/admin/users">
            Admin
          </Menu.Item>
        )}
        <Menu.Divider />
        <Menu.Item
          onClick={() => {
            void logout().then(() => navigate('/'));
          }}
        >
          Log out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
