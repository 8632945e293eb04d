import { describe, expect, it } from 'vitest';
import type { Role } from '../features/auth';
import { navModel } from './nav-model';

const as = (...roles: Role[]) => ({
  hasRole: (...wanted: Role[]) => wanted.some((role) => roles.includes(role)),
  isSignedIn: roles.length > 0,
  isDemo: false,
});
const labels = (model: ReturnType<typeof navModel>) => ({
  links: model.links.map((l) => l.label),
  groups: model.groups.map((g) => `${g.label}: ${g.items.map((i) => i.label).join(', ')}`),
});

describe('the main navigation', () => {
  it('offers a visitor the catalog and their holds', () => {
    expect(labels(navModel(as()))).toEqual({ links: ['Events', 'My holds'], groups: [] });
  });

  it('groups finance’s and an admin’s tools, so the header holds at most eight entries', () => {
    const admin = navModel({ ...as('admin'), isDemo: true });
    expect(labels(admin)).toEqual({
      links: ['Events', 'My holds', 'My bookings', 'My waitlist', 'Organizer', 'Mailbox'],
      groups: [
        'Finance: Invoices, Refunds, Ledger, Reconciliation, Reports',
        'Administration: Approvals, Categories, Bookings',
      ],
    });
    expect(admin.links.length + admin.groups.length).toBeLessThanOrEqual(8);
  });

  it('gives an analyst the reports as a plain link, and finance no admin tools', () => {
    expect(labels(navModel(as('analyst'))).links).toContain('Reports');
    expect(labels(navModel(as('finance'))).groups).toEqual([
      'Finance: Invoices, Refunds, Ledger, Reconciliation, Reports',
    ]);
  });
});
