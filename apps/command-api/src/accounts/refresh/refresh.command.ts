import { RequestCommand } from '../../http/request-command';
import type { StartedSession } from '../shared/session-issuer';

/** The presented refresh token, parsed: its session and secret (the handler hashes it). */
export type PresentedToken = { sessionId: string; secret: string };

/** Rotates the refresh token; a token used twice ends the whole session (reuse detection). */
export class RefreshSessionCommand extends RequestCommand<PresentedToken, StartedSession> {}
/** Ends the session of the presented token, also when another tab rotated it a moment before. */
export class LogoutCommand extends RequestCommand<PresentedToken, void> {}
