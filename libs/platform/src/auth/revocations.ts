/** What a token says about itself that revocation looks at. */
export type TokenIdentity = { sub: string; sid?: unknown; roles?: unknown };

/** Clocks of processes disagree a little; an entry outlives the tokens it voids by this much. */
const SKEW_MS = 60_000;
/** How long the feed may fail before tokens are refused: a revocation may be waiting unseen. */
export const STALE_AFTER_MS = 5_000;

/**
 * Access tokens are stateless and live for ACCESS_TOKEN_TTL_SECONDS; this list voids them before
 * that when their session ended (logout, refresh-token reuse, sign out everywhere, an admin),
 * their user was disabled, or they claim a role the user has lost (a refresh then gets the roles
 * left). It is fed from the log (RevocationFeed), so every process learns of a revocation within
 * one poll. An entry is dropped once every token it could void has expired anyway, so the list
 * stays as small as what was revoked within one token lifetime. That lifetime is the longest any
 * process may issue (MAX_ACCESS_TOKEN_TTL_SECONDS), not this process's own setting: an issuer
 * configured for longer tokens must not see its revoked tokens come back here.
 */
export class Revocations {
  /** sessionId → when it ended (ms). A session never restarts, so its tokens are void from then on. */
  private readonly sessions = new Map<string, number>();
  /** userId → when it was disabled (ms); no token is issued to a disabled user. */
  private readonly disabled = new Map<string, number>();
  /** `${userId} ${role}` → when the role was revoked (ms). */
  private readonly roles = new Map<string, number>();
  private lastPrune = 0;
  /** Since when the feed has failed to follow the log (ms); undefined while it follows it. */
  private failingSince?: number;

  constructor(
    private readonly tokenTtlMs: number,
    private readonly now: () => number,
  ) {}

  endSession(sessionId: string, at: number): void {
    at = this.known(at);
    if (this.stillMatters(at)) this.sessions.set(sessionId, at);
  }

  disableUser(userId: string, at: number): void {
    at = this.known(at);
    if (this.stillMatters(at)) this.disabled.set(userId, at);
  }

  enableUser(userId: string): void {
    this.disabled.delete(userId);
  }

  revokeRole(userId: string, role: string, at: number): void {
    at = this.known(at);
    if (this.stillMatters(at)) this.roles.set(`${userId} ${role}`, at);
  }

  grantRole(userId: string, role: string): void {
    this.roles.delete(`${userId} ${role}`);
  }

  isRevoked(token: TokenIdentity): boolean {
    this.prune();
    if (typeof token.sid === 'string' && this.sessions.has(token.sid)) return true;
    if (this.disabled.has(token.sub)) return true;
    const roles = Array.isArray(token.roles) ? (token.roles as unknown[]) : [];
    return roles.some((role) => this.roles.has(`${token.sub} ${String(role)}`));
  }

  /** The feed lost the log (RevocationFeed); it resubscribes meanwhile. */
  feedFailing(): void {
    this.failingSince ??= this.now();
  }

  feedFollowing(): void {
    this.failingSince = undefined;
  }

  /** False once the feed has failed for longer than STALE_AFTER_MS: tokens are then refused (fail closed). */
  get current(): boolean {
    return this.failingSince === undefined || this.now() - this.failingSince <= STALE_AFTER_MS;
  }

  get feedFailingSince(): number | undefined {
    return this.failingSince;
  }

  get size(): number {
    return this.sessions.size + this.disabled.size + this.roles.size;
  }

  /** An unreadable time counts as now: the entry is kept a full lifetime rather than ignored (fail closed). */
  private known(at: number): number {
    return Number.isFinite(at) ? at : this.now();
  }

  private stillMatters(at: number): boolean {
    return at + this.tokenTtlMs + SKEW_MS > this.now();
  }

  private prune(): void {
    const now = this.now();
    if (now - this.lastPrune < 10_000) return;
    this.lastPrune = now;
    for (const map of [this.sessions, this.disabled, this.roles])
      for (const [key, at] of map) if (!this.stillMatters(at)) map.delete(key);
  }
}
