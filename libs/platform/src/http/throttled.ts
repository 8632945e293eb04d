import { applyDecorators } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';

/** Per-IP throttle for endpoints worth guessing at (login, reset, verification): 429 + Retry-After. */
/** The limit per minute comes from configuration (AUTH_RATE_LIMIT, default 20 per route and address). */
export function Throttled() {
  return applyDecorators(
    RouteConfig({ rateLimit: {} }),
    ApiTooManyRequestsResponse({ description: 'Too many attempts from this address (problem+json, Retry-After)' }),
  );
}
