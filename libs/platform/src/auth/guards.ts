import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  SetMetadata,
  UnauthorizedException,
  UseGuards,
  applyDecorators,
  createParamDecorator,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Actor, Role } from '@booking/domain';
import { ProblemException, problem, stackless } from '../problem/problem';

const ROLES_KEY = 'roles';

@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  override handleRequest<T>(error: unknown, user: T): T {
    if (error instanceof ProblemException) throw error; // the strategy's 503 (revocations not current)
    if (error || !user) throw stackless(() => new UnauthorizedException('A valid bearer token is required'));
    return user;
  }
}

@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}
  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!roles || roles.length === 0) return true;
    const actor = context.switchToHttp().getRequest<{ user?: Actor }>().user;
    if (!actor || !roles.some((role) => actor.roles.includes(role))) {
      throw stackless(() => new ForbiddenException(`This needs one of the roles: ${roles.join(', ')}`));
    }
    return true;
  }
}

/** Signed in, and (when roles are given) holding one of them. */
export function Authenticated(...roles: Role[]) {
  return applyDecorators(
    SetMetadata(ROLES_KEY, roles),
    UseGuards(JwtAuthGuard, RolesGuard),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'Missing or invalid bearer token (problem+json)' }),
    ApiForbiddenResponse({ description: 'The token lacks the role (problem+json)' }),
  );
}

export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<{ user?: Actor }>().user;
  if (!actor) throw stackless(() => new UnauthorizedException('A valid bearer token is required'));
  return actor;
});

/** Booking needs a verified e-mail address (browsing does not). */
@Injectable()
export class VerifiedEmailGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const actor = context.switchToHttp().getRequest<{ user?: { emailVerified?: boolean } }>().user;
    if (actor?.emailVerified === false) {
      throw new ProblemException(
        problem(403, 'accounts/email-not-verified', 'Forbidden', 'Verify your e-mail address before booking', {
          code: 'accounts.email-not-verified',
        }),
      );
    }
    return true;
  }
}
