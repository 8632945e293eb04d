export { SessionProvider } from './SessionProvider';
export { useSession, type SessionState } from './session-context';
export { SignInMenu } from './SignInMenu';
export { SignInPrompt } from './SignInPrompt';
export type { Persona, Role, SessionUser } from './auth.types';
