import { Inject, Injectable, Logger } from '@nestjs/common';
import { MAILER, type Mailer, type MailTemplateData, type MailTemplateName, renderMail } from '@booking/mailer';
import { PublicOrigin } from '@booking/platform';

/** Renders and sends account mails; a failed send is logged, never turned into an answer that leaks anything. */
@Injectable()
export class AccountMail {
  private readonly logger = new Logger('AccountMail');
  constructor(
    @Inject(MAILER) private readonly mailer: Mailer,
    private readonly origin: PublicOrigin,
  ) {}

  async send<N extends MailTemplateName>(to: string, name: N, data: MailTemplateData[N]): Promise<void> {
    try {
      const mail = renderMail(name, data, { publicUrl: this.origin.url });
      await this.mailer.send({ to, subject: mail.subject, text: mail.text, html: mail.html, template: name });
    } catch (error) {
      this.logger.error({ err: error, template: name }, 'mail not sent');
    }
  }
}
