import type { AccountDoc } from '@booking/projections';

/** What the API shows of an account: to its owner (GET /api/me) and, with `disabled`, in the admin's list. */
export const accountView = (doc: AccountDoc) => ({
  id: doc._id,
  email: doc.email,
  displayName: doc.displayName,
  roles: doc.roles,
  emailVerified: doc.emailVerified,
  createdAt: doc.createdAt,
});
