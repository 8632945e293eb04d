import { DEMO_PASSWORD } from '@booking/platform';
import { type TestApp, startTestApp } from '../testing/test-app';

describe('demo accounts (standalone demo mode)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { DEMO_MODE: 'true' } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists one verified persona per role, each of which can log in with the documented password', async () => {
    const personas = await t.call('GET', '/api/demo/personas');
    expect(personas.body.items.map((p: { persona: string }) => p.persona)).toEqual([
      'attendee',
      'organizer',
      'admin',
      'finance',
      'analyst',
      'ops',
    ]);
    for (const persona of personas.body.items) {
      expect(persona.password).toBe(DEMO_PASSWORD);
      const login = await t.call('POST', '/api/auth/login', {
        body: { email: persona.email, password: persona.password, client: 'api' },
      });
      expect(login.status).toBe(200);
      expect(login.body.user).toMatchObject({ emailVerified: true, roles: expect.arrayContaining(persona.roles) });
    }
  });

  it('hides the personas when demo mode is off', async () => {
    const off = await startTestApp();
    expect((await off.call('GET', '/api/demo/personas')).status).toBe(404);
    await off.close();
  });
});
