import { applyDecorators } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ProblemException, problem } from '../problem/problem';

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

/** The 429 every throttle answers (Retry-After is set beside it). */
export function tooManyRequests(seconds: number): ProblemException {
  return new ProblemException(
    problem(429, 'too-many-requests', 'Too Many Requests', `Too many attempts; try again in ${seconds} seconds`),
    { 'retry-after': String(seconds) },
  );
}

/**
 * A budget per key and minute that a handler spends itself, for attempts only it can tell apart
 * (a refresh by the token's holder, or one naming no live token): `spend` counts one and throws
 * 429 once the key is over `max`. Uses @fastify/rate-limit's store; made on first use (the plugin
 * registers after the controllers are built).
 */
export function handlerBudget(
  fastify: () => FastifyInstance,
  options: { max: () => number; key: (request: FastifyRequest) => string },
) {
  let check: ReturnType<FastifyInstance['createRateLimit']> | undefined;
  return async function spend(request: FastifyRequest): Promise<void> {
    check ??= fastify().createRateLimit({ max: options.max(), timeWindow: 60_000, keyGenerator: options.key });
    const limit = await check(request);
    if (!limit.isAllowed && limit.isExceeded) throw tooManyRequests(limit.ttlInSeconds);
  };
}
