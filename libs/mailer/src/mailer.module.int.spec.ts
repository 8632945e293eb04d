import 'reflect-metadata';
import { Module, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DevMailbox } from './dev-mailbox/dev-mailbox';
import { MAILER, type Mailer } from './mailer.port';
import { MailerModule, type MailerModuleOptions } from './mailer.module';
import { SmtpMailer } from './smtp/smtp-mailer';
import { MailRenderer } from './templates/render';

async function boot(options: MailerModuleOptions): Promise<NestFastifyApplication> {
  @Module({ imports: [MailerModule.forRoot(options)] })
  class AppModule {}
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, new FastifyAdapter(), {
    logger: false,
    abortOnError: false,
  });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

const getMailbox = (app: NestFastifyApplication, query = '') =>
  app
    .getHttpAdapter()
    .getInstance()
    .inject({ method: 'GET', url: `/api/dev/mailbox${query}` });

describe('MailerModule', () => {
  const apps: INestApplication[] = [];
  afterEach(async () => {
    await Promise.all(apps.splice(0).map((app) => app.close()));
  });

  it('in demo mode provides the dev mailbox as MAILER and lists what it captured, newest first', async () => {
    const app = await boot({ env: { PUBLIC_URL: 'https://t.example.org' }, demoMode: true });
    apps.push(app);
    const mailer = app.get<Mailer>(MAILER);
    expect(app.get(DevMailbox)).toBe(mailer);
    const rendered = app
      .get(MailRenderer)
      .render('password-changed', { displayName: 'Ada', changedAt: '2030-01-01T00:00:00Z' });
    expect(rendered.text).toContain('https://t.example.org/forgot-password');
    await mailer.send({ to: 'ada@example.com', ...rendered });
    await mailer.send({ to: 'bob@example.com', subject: 'second', text: 't', html: 'h' });

    const response = await getMailbox(app);
    expect(response.statusCode).toBe(200);
    const { items } = response.json() as { items: { to: string; subject: string; template?: string }[] };
    expect(items.map((item) => item.to)).toEqual(['bob@example.com', 'ada@example.com']);
    expect(items[1]).toMatchObject({ subject: rendered.subject, template: 'password-changed' });
    const filtered = (await getMailbox(app, '?to=ada@example.com')).json() as { items: unknown[] };
    expect(filtered.items).toHaveLength(1);
  });

  it('answers 404 when demo mode is off', async () => {
    const app = await boot({ env: { DEMO_MODE: 'false' } });
    apps.push(app);
    const response = await getMailbox(app);
    expect(response.statusCode).toBe(404);
  });

  it('reads DEMO_MODE from env when not told', async () => {
    const app = await boot({ env: { DEMO_MODE: 'true' } });
    apps.push(app);
    expect((await getMailbox(app)).statusCode).toBe(200);
  });

  it('with SMTP configured provides an SmtpMailer, no DevMailbox, and 404 even in demo mode', async () => {
    const app = await boot({
      env: { MAIL_TRANSPORT: 'smtp', SMTP_HOST: '127.0.0.1', SMTP_PORT: '2525' },
      demoMode: true,
    });
    apps.push(app);
    expect(app.get(MAILER)).toBeInstanceOf(SmtpMailer);
    expect(() => app.get(DevMailbox)).toThrow();
    expect((await getMailbox(app)).statusCode).toBe(404);
  });

  it('uses a mailer it is given (one mailbox shared with the rest of the process)', async () => {
    const shared = new DevMailbox();
    const app = await boot({ mailer: shared, demoMode: true });
    apps.push(app);
    expect(app.get(MAILER)).toBe(shared);
    expect(app.get(DevMailbox)).toBe(shared);
  });
});
