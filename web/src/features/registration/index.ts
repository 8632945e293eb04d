export { SignupPage } from './SignupPage';
export { CheckMailboxPage } from './CheckMailboxPage';
export { VerifyEmailPage } from './VerifyEmailPage';
export { ForgotPasswordPage } from './ForgotPasswordPage';
export { ResetPasswordPage } from './ResetPasswordPage';
export { PasswordField } from './PasswordField';
export { validatePassword } from './password-policy';
