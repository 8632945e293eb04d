import type { FastifyRequest } from 'fastify';

/** What a session list shows about where a login came from. */
export function clientInfo(request: FastifyRequest): { ip: string; device: string } {
  const agent = String(request.headers['user-agent'] ?? 'unknown device').slice(0, 200);
  return { ip: request.ip, device: agent };
}

/** Cookie-authenticated calls must carry a header a cross-site form cannot set. */
export function isSameSiteFetch(request: FastifyRequest): boolean {
  return request.headers['x-requested-with'] === 'fetch';
}
