import { type ExecutionContext, Injectable, UseGuards, applyDecorators } from '@nestjs/common';
import { ApiProblems, JwtAuthGuard } from '@booking/platform';

/**
 * Public endpoints that show more to some callers: no token is fine, a bad token is not. A token
 * that is sent is judged exactly as on signed-in routes (JwtAuthGuard: 401, or the revocation 503).
 */
@Injectable()
export class OptionalJwtAuthGuard extends JwtAuthGuard {
  override canActivate(context: ExecutionContext) {
    const request = context.switchToHttp().getRequest<{ headers: Record<string, unknown> }>();
    if (!request.headers.authorization) return true;
    return super.canActivate(context);
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
