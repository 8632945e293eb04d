import type { Role } from '../features/auth';

export type NavItem = { to: string; label: string; end?: boolean };
export type NavGroup = { label: string; items: NavItem[] };

type Who = { hasRole: (...roles: Role[]) => boolean; isSignedIn: boolean; isDemo: boolean };

/**
 * What the main navigation offers whom: everyone's pages as links, each role's tools in a group
 * (a menu in the header, a titled list in the drawer), so that an admin's many tools fit the
 * header at desktop widths. A role with a single tool (an analyst's Reports) gets a plain link.
 */
export function navModel({ hasRole, isSignedIn, isDemo }: Who): { links: NavItem[]; groups: NavGroup[] } {
  const links: NavItem[] = [
    { to: '/', label: 'Events', end: true },
    { to: '/holds', label: 'My holds' },
  ];
  if (isSignedIn)
    links.push({ to: '/me/bookings', label: 'My bookings' }, { to: '/me/waitlist', label: 'My waitlist' });
  if (hasRole('organizer', 'admin')) links.push({ to: '/organizer', label: 'Organizer' });
  const groups: NavGroup[] = [];
  if (hasRole('finance', 'admin'))
    groups.push({
      label: 'Finance',
      items: [
        { to: '/finance/invoices', label: 'Invoices' },
        { to: '/finance/refunds', label: 'Refunds' },
        { to: '/finance/ledger', label: 'Ledger' },
        { to: '/finance/reconciliation', label: 'Reconciliation' },
        { to: '/finance/reports', label: 'Reports' },
      ],
    });
  // Analysts read the reports (the analytics API admits them), not the ledger, invoices or refunds.
  else if (hasRole('analyst')) links.push({ to: '/finance/reports', label: 'Reports' });
  if (hasRole('admin'))
    groups.push({
      // Not "Admin": the account menu has an item of that name (the user list).
      label: 'Administration',
      items: [
        { to: '/admin/events', label: 'Approvals' },
        { to: '/admin/categories', label: 'Categories' },
        { to: '/admin/bookings', label: 'Bookings' },
      ],
    });
  if (isDemo) links.push({ to: '/dev/mailbox', label: 'Mailbox' });
  return { links, groups };
}
