import { type ExecutionContext, Injectable, UnauthorizedException, UseGuards, applyDecorators } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { ApiProblems, ProblemException } from '@booking/platform';

/** Public endpoints that show more to some callers: no token is fine, a bad token is not. */
@Injectable()
export class OptionalJwtAuthGuard extends AuthGuard('jwt') {
  override canActivate(context: ExecutionContext) {
    const request = context.switchToHttp().getRequest<{ headers: Record<string, unknown> }>();
    if (!request.headers.authorization) return true;
    return super.canActivate(context);
  }
  override handleRequest<T>(error: unknown, user: T): T {
    if (error instanceof ProblemException) throw error; // the strategy's 503 (revocations not current)
    if (error || !user) throw new UnauthorizedException('The bearer token is invalid or expired');
    return user;
  }
}

/**
 * A public read that shows more to some callers; a token sent but refused (bad, expired, revoked)
 * is 401. No `security` is declared: OpenAPI's would make the token required.
 */
export const OptionalAuthentication = () =>
  applyDecorators(
    UseGuards(OptionalJwtAuthGuard),
    ApiProblems({ 401: 'A bearer token was sent but is invalid, expired or revoked (no token is fine)' }),
  );
