import { type DynamicModule, Global, Inject, Module, type OnApplicationShutdown, type Provider } from '@nestjs/common';
import { mailConfigFromEnv, mailerFor } from './create-mailer';
import { DEV_MAILBOX_SETTINGS, DevMailboxController } from './dev-mailbox/dev-mailbox.controller';
import { DevMailbox } from './dev-mailbox/dev-mailbox';
import { MAILER, type Mailer } from './mailer.port';
import { SmtpMailer } from './smtp/smtp-mailer';
import { MailRenderer } from './templates/render';

export type MailerModuleOptions = Readonly<{
  /** Where MAIL_TRANSPORT, SMTP_*, MAIL_FROM, PUBLIC_URL and DEMO_MODE are read. Default process.env. */
  env?: NodeJS.ProcessEnv;
  /** Overrides DEMO_MODE from `env` (pass the app config's value: `npm start` defaults it to on). */
  demoMode?: boolean;
  /** The origin of links in mails, when the app knows it better than PUBLIC_URL in `env` (e.g. the port it listens on). */
  publicUrl?: () => string;
  /** A ready mailer instead of the configured one (tests; a mailbox shared with other code). */
  mailer?: Mailer;
}>;

/**
 * Global: provides MAILER (dev mailbox or SMTP, by configuration), a MailRenderer bound to
 * PUBLIC_URL and, when mails are captured, the DevMailbox itself; serves GET /api/dev/mailbox in
 * demo mode. Import it once, at the root of the process.
 */
@Global()
@Module({})
export class MailerModule implements OnApplicationShutdown {
  constructor(@Inject(MAILER) private readonly mailer: Mailer) {}

  static forRoot(options: MailerModuleOptions = {}): DynamicModule {
    const env = options.env ?? process.env;
    const config = mailConfigFromEnv(env); // a bad mail setup fails when the module is defined
    const captures = options.mailer ? options.mailer instanceof DevMailbox : config.transport.kind === 'dev';
    const providers: Provider[] = [
      { provide: MAILER, useFactory: () => options.mailer ?? mailerFor(config) },
      {
        provide: MailRenderer,
        useValue: new MailRenderer({ publicUrl: options.publicUrl ?? (() => config.publicUrl) }),
      },
      { provide: DEV_MAILBOX_SETTINGS, useValue: { demoMode: options.demoMode ?? env.DEMO_MODE === 'true' } },
      ...(captures ? [{ provide: DevMailbox, useExisting: MAILER }] : []),
    ];
    return {
      module: MailerModule,
      global: true,
      controllers: [DevMailboxController],
      providers,
      exports: [MAILER, MailRenderer, ...(captures ? [DevMailbox] : [])],
    };
  }

  onApplicationShutdown(): void {
    if (this.mailer instanceof SmtpMailer) this.mailer.close();
  }
}
