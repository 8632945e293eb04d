import { applyDecorators } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';

/**
 * Throttle for endpoints worth guessing at (login, reset, verification): 429 + Retry-After. The
 * limit per minute comes from configuration (AUTH_RATE_LIMIT, default 20 per route and key).
 * The key is the client address, unless `per` names something better: `per` runs once the body
 * is parsed and answers a key, or undefined to fall back to the address.
 */
export function Throttled(options: { per?: (request: FastifyRequest) => string | undefined } = {}) {
  const { per } = options;
  const rateLimit = per
    ? { hook: 'preHandler', keyGenerator: (request: FastifyRequest) => per(request) ?? `ip:${request.ip}` }
    : {};
  return applyDecorators(
    RouteConfig({ rateLimit }),
    ApiTooManyRequestsResponse({ description: 'Too many attempts (problem+json, Retry-After)' }),
  );
}
