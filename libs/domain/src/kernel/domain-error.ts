/**
 * What kind of refusal this is; the HTTP layer maps it to a status
 * (validation 422, not-found 404, conflict 409, forbidden 403, precondition 412, unauthenticated 401).
 */
export type DomainErrorKind =
  'validation' | 'not-found' | 'conflict' | 'forbidden' | 'precondition' | 'unauthenticated';

/** A refusal with a stable code (`context.reason`) that clients may rely on. */
export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static validation(code: string, message: string, details?: Record<string, unknown>) {
    return new DomainError('validation', code, message, details);
  }
  static notFound(code: string, message: string, details?: Record<string, unknown>) {
    return new DomainError('not-found', code, message, details);
  }
  static conflict(code: string, message: string, details?: Record<string, unknown>) {
    return new DomainError('conflict', code, message, details);
  }
  static unauthenticated(code: string, message: string, details?: Record<string, unknown>) {
    return new DomainError('unauthenticated', code, message, details);
  }
  static forbidden(code: string, message: string, details?: Record<string, unknown>) {
    return new DomainError('forbidden', code, message, details);
  }
}
