import { Module } from '@nestjs/common';
import { CommandPipelineModule } from '@booking/command-pipeline';
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
import { SessionIssuer } from './shared/session-issuer';
import { VerifyEmailController } from './verify-email/verify-email.controller';

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

/** Sign-up, e-mail verification, login, refresh-token rotation, logout. */
@Module({
  imports: [CommandPipelineModule],
  controllers: httpControllers,
  providers: [AccountDirectory, AccountMail, SessionIssuer, SessionRevoker, SocialAccount, identityProvidersProvider],
})
export class AccountsModule {}
