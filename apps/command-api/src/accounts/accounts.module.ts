import { Module } from '@nestjs/common';
import { CommandPipeline, CommandPipelineModule } from '@booking/command-pipeline';
import { EVENT_STORE, type EventStore } from '@booking/event-store';
import { ID_GENERATOR, type IdGenerator } from '@booking/platform';
import { ManageUsersController } from './admin/manage-users.controller';
import { ChangePasswordController } from './change-password/change-password.controller';
import { LoginController } from './login/login.controller';
import { PasswordResetController } from './password-reset/password-reset.controller';
import { RevokeSessionsController } from './sessions/revoke-sessions.controller';
import { SessionRevoker } from './shared/session-revoker';
import { identityProvidersProvider } from './social/identity-providers';
import { SocialAccount } from './social/social-account';
import { SocialLoginController } from './social/social-login.controller';
import { RefreshController } from './refresh/refresh.controller';
import { RegisterController } from './register/register.controller';
import { AccountDirectory } from './shared/account-directory';
import { AccountMail } from './shared/account-mail';
import { AccountRegistration } from './shared/account-registration';
import { SessionIssuer } from './shared/session-issuer';
import { VerifyEmailController } from './verify-email/verify-email.controller';

import { ChangeAccountHandler, DisableAccountHandler, EndUserSessionsHandler } from './admin/manage-users.handler';
import { ChangePasswordHandler } from './change-password/change-password.handler';
import { LoginHandler } from './login/login.handler';
import { RequestPasswordResetHandler, ResetPasswordHandler } from './password-reset/password-reset.handler';
import { LogoutHandler, RefreshSessionHandler } from './refresh/refresh.handler';
import { RegisterHandler } from './register/register.handler';
import { RevokeOtherSessionsHandler, RevokeSessionHandler } from './sessions/revoke-sessions.handler';
import { MailedToken } from './shared/mailed-token';
import { SocialLoginHandler } from './social/social-login.handler';
import { ResendVerificationHandler, VerifyEmailHandler } from './verify-email/verify-email.handler';

const httpControllers = [
  RegisterController,
  VerifyEmailController,
  LoginController,
  RefreshController,
  PasswordResetController,
  RevokeSessionsController,
  ManageUsersController,
  SocialLoginController,
  ChangePasswordController,
];

const commandHandlers = [
  RegisterHandler,
  VerifyEmailHandler,
  ResendVerificationHandler,
  LoginHandler,
  RefreshSessionHandler,
  LogoutHandler,
  RequestPasswordResetHandler,
  ResetPasswordHandler,
  RevokeSessionHandler,
  RevokeOtherSessionsHandler,
  ChangeAccountHandler,
  DisableAccountHandler,
  EndUserSessionsHandler,
  SocialLoginHandler,
  ChangePasswordHandler,
];

/** Sign-up, e-mail verification, login, refresh-token rotation, logout. */
@Module({
  imports: [CommandPipelineModule],
  controllers: httpControllers,
  providers: [
    ...commandHandlers,
    AccountDirectory,
    MailedToken,
    AccountMail,
    SessionIssuer,
    SessionRevoker,
    SocialAccount,
    identityProvidersProvider,
    {
      provide: AccountRegistration,
      useFactory: (pipeline: CommandPipeline, store: EventStore, ids: IdGenerator) =>
        new AccountRegistration(pipeline, store, () => ids.next()),
      inject: [CommandPipeline, EVENT_STORE, ID_GENERATOR],
    },
  ],
  // The standalone app's demo seed registers its accounts the way a sign-up does.
  exports: [AccountRegistration],
})
export class AccountsModule {}
