export * from './mailer.port';
export { DevMailbox, type CapturedMail, type DevMailboxOptions } from './dev-mailbox/dev-mailbox';
export {
  DevMailboxController,
  DEV_MAILBOX_SETTINGS,
  type DevMailboxSettings,
} from './dev-mailbox/dev-mailbox.controller';
export { SmtpMailer, type SmtpMailerOptions } from './smtp/smtp-mailer';
export { createMailer, mailerFor, mailConfigFromEnv, DEFAULT_MAIL_FROM, type MailConfig } from './create-mailer';
export { MailerModule, type MailerModuleOptions } from './mailer.module';
export {
  renderMail,
  MailRenderer,
  MAIL_TEMPLATES,
  type MailTemplateName,
  type MailTemplateData,
  type RenderedMail,
  type RenderOptions,
} from './templates/render';
export { mailLinks, formatUtc, formatInZone, DEFAULT_PUBLIC_URL, type MailLinks } from './templates/links';
export type { VerifyEmailData } from './templates/verify-email';
export type { AlreadyRegisteredData } from './templates/already-registered';
export type { PasswordResetData } from './templates/password-reset';
export type { PasswordChangedData } from './templates/password-changed';
export type { AccountLockedData } from './templates/account-locked';
export type { EventChangedData, MailVenue } from './templates/event-changed';
export type { EventCancelledData } from './templates/event-cancelled';
export type { BookingConfirmedData, BookingConfirmedLine } from './templates/booking-confirmed';
export type { TicketReceivedData, TicketTransferredData } from './templates/ticket-mails';
export type { GroupRequestDecidedData, GroupRequestReceivedData, MemberTicketsData } from './templates/group-request';
