import { Button } from '@mantine/core';
import { Link, useMatch, useResolvedPath } from 'react-router';
import { useDemoPersonas, useSession } from '../features/auth';

type Item = { to: string; label: string; end?: boolean };

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

/** The main navigation; each role's tools only for those who have it, the mailbox only in demo mode. */
export function NavLinks({ onNavigate, fullWidth }: { onNavigate?: () => void; fullWidth?: boolean }) {
  const { hasRole, isSignedIn } = useSession();
  const { isDemo } = useDemoPersonas();
  const items: Item[] = [
    { to: '/', label: 'Events', end: true },
    { to: '/holds', label: 'My holds' },
  ];
  if (isSignedIn)
    items.push({ to: '/me/bookings', label: 'My bookings' }, { to: '/me/waitlist', label: 'My waitlist' });
  if (hasRole('organizer', 'admin')) items.push({ to: '/organizer', label: 'Organizer' });
  if (hasRole('finance', 'admin'))
    items.push(
      { to: '/finance/invoices', label: 'Invoices' },
      { to: '/finance/refunds', label: 'Refunds' },
      { to: '/finance/ledger', label: 'Ledger' },
    );
  // Analysts read the reports (the analytics API admits them), not the ledger, invoices or refunds.
  if (hasRole('finance', 'admin', 'analyst')) items.push({ to: '/finance/reports', label: 'Reports' });
  if (hasRole('admin'))
    items.push(
      { to: '/admin/events', label: 'Approvals' },
      { to: '/admin/categories', label: 'Categories' },
      { to: '/admin/bookings', label: 'Bookings' },
    );
  if (isDemo) items.push({ to: '/dev/mailbox', label: 'Mailbox' });
  return (
    <>
      {items.map((item) => (
        <NavItem key={item.to} {...item} onNavigate={onNavigate} fullWidth={fullWidth} />
      ))}
    </>
  );
}
