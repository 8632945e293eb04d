import type { FastifyInstance, FastifyReply } from 'fastify';
import FindMyWay, { type HTTPMethod } from 'find-my-way';
import { problem } from '../problem/problem';

const METHODS: HTTPMethod[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
export type AllowedMethods = (path: string) => string[];

/**
 * A known path asked with a method it does not serve answers 405 with `Allow` (RFC 9110), not 404.
 * The routes are mirrored into a router of the same kind as Fastify's (find-my-way) as they are
 * registered, so Allow always lists what is really served. Call before any route is registered.
 */
export function answerUnservedMethods(fastify: FastifyInstance): AllowedMethods {
  const router = FindMyWay();
  fastify.addHook('onRoute', (route) => {
    // Catch-alls (the SPA fallback's GET, CORS preflight's OPTIONS) serve any path: no resource's method.
    if (route.url.endsWith('*')) return;
    for (const method of [route.method].flat()) {
      if (!router.hasRoute(method as HTTPMethod, route.url))
        router.on(method as HTTPMethod, route.url, () => undefined);
    }
  });
  // The resource a path names is its most specific route: /images/order is the gallery order (PUT),
  // even though PATCH /images/:imageId would also match it.
  const allowed: AllowedMethods = (path) => {
    const matches = METHODS.flatMap((method) => {
      const route = router.find(method, path);
      return route ? [{ method, params: Object.keys(route.params).length }] : [];
    });
    const fewest = Math.min(...matches.map((m) => m.params));
    return matches.filter((m) => m.params === fewest).map((m) => m.method);
  };
  fastify.addHook('onRequest', async (request, reply) => {
    if (!request.is404) return;
    const path = request.url.split('?')[0];
    const methods = allowed(path);
    if (methods.length > 0) return methodNotAllowed(reply, request.method, path, methods);
  });
  return allowed;
}

export function methodNotAllowed(reply: FastifyReply, method: string, path: string, allowed: string[]) {
  return reply
    .status(405)
    .header('allow', allowed.join(', '))
    .header('content-type', 'application/problem+json')
    .send({
      ...problem(
        405,
        'method-not-allowed',
        'Method Not Allowed',
        `${path} does not serve ${method}; it serves ${allowed.join(', ')}`,
      ),
      instance: path,
    });
}
