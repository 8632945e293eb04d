import { type ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';

/** Public endpoints that show more to some callers: no token is fine, a bad token is not. */
@Injectable()
export class OptionalJwtAuthGuard extends AuthGuard('jwt') {
  override canActivate(context: ExecutionContext) {
    const request = context.switchToHttp().getRequest<{ headers: Record<string, unknown> }>();
    if (!request.headers.authorization) return true;
    return super.canActivate(context);
  }
  override handleRequest<T>(error: unknown, user: T): T {
    if (error || !user) throw new UnauthorizedException('The bearer token is invalid or expired');
    return user;
  }
}
