import type { AccountDoc } from '@booking/projections';
import { readModelsWith } from '../../testing/read-models.fixture';
import { ListUsersHandler } from './list-users.handler';
import { ListUsersQuery } from './list-users.query';

const account = (id: string, email: string, displayName: string, createdAt: string): AccountDoc => ({
  _id: id,
  _position: 1,
  email,
  displayName,
  roles: ['attendee'],
  emailVerified: true,
  disabled: false,
  createdAt,
});

describe('ListUsersHandler', () => {
  const seed = {
    accounts: [
      account('u1', 'ana@example.com', 'Ana', '2026-12-01T00:00:00.000Z'),
      account('u2', 'bruno@example.com', 'Bruno (a.k.a. B)', '2026-12-02T00:00:00.000Z'),
      account('u3', 'carla@example.org', 'Carla', '2026-12-03T00:00:00.000Z'),
    ],
  };

  it('answers a page, newest first, with the count of all', async () => {
    const handler = new ListUsersHandler(await readModelsWith(seed));
    const page = await handler.execute(new ListUsersQuery({ limit: 2, offset: 1 }));
    expect(page).toEqual({
      items: [
        {
          id: 'u2',
          email: 'bruno@example.com',
          displayName: 'Bruno (a.k.a. B)',
          roles: ['attendee'],
          emailVerified: true,
          disabled: false,
          createdAt: '2026-12-02T00:00:00.000Z',
        },
        expect.objectContaining({ id: 'u1' }),
      ],
      total: 3,
    });
  });

  it('finds words in the e-mail address or the name, any case, taking them literally', async () => {
    const handler = new ListUsersHandler(await readModelsWith(seed));
    const ids = async (q: string) =>
      (await handler.execute(new ListUsersQuery({ q, limit: 20, offset: 0 }))).items.map((u) => u.id);
    expect(await ids(' EXAMPLE.ORG ')).toEqual(['u3']);
    expect(await ids('(a.k.a.')).toEqual(['u2']);
    expect(await ids('an.')).toEqual([]); // as a pattern it would match "ana@"
  });
});
