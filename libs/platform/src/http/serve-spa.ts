import { existsSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type AllowedMethods, methodNotAllowed } from './method-not-allowed';

/**
 * Files of the built SPA as they are (the .br/.gz twin the build wrote, when the client takes it);
 * any other non-API GET gets index.html (client-side routes). Source maps are never served: they
 * would publish the original source. A missing file with an extension (`/favicon.ico`, a chunk of
 * an older deploy) is a 404, not the SPA's HTML under a script's or a robot's name.
 */
export async function serveSpa(
  app: NestFastifyApplication,
  root: string,
  allowedMethods: AllowedMethods,
): Promise<void> {
  if (!existsSync(join(root, 'index.html'))) return;
  await app.register(fastifyStatic, { root, serve: false, preCompressed: true });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/*', (request, reply) => {
    const path = decodeURIComponent(request.url.split('?')[0]);
    if (/^\/(api|health|metrics)(\/|$)/.test(path)) {
      // A known API path asked with a method it does not serve (GET on a command): 405 with Allow.
      const allowed = allowedMethods(request.url.split('?')[0]);
      if (allowed.length > 0) return methodNotAllowed(reply, request.method, path, allowed);
      return notFound(request, reply, path);
    }
    const file = normalize(path)
      .replace(/^(\.\.[/\\])+/, '')
      .slice(1);
    if (file.endsWith('.map')) return notFound(request, reply, path);
    if (file && existsSync(join(root, file)) && statSync(join(root, file)).isFile()) {
      const immutable = file.startsWith('assets/');
      return reply.sendFile(file, root, { maxAge: immutable ? '365d' : 0, immutable });
    }
    if (/\.[^/]+$/.test(file)) return notFound(request, reply, path);
    return reply.header('cache-control', 'no-cache').sendFile('index.html', root);
  });
}

function notFound(request: FastifyRequest, reply: FastifyReply, path: string) {
  return reply
    .status(404)
    .header('content-type', 'application/problem+json')
    .send({
      type: 'https://booking.example/problems/not-found',
      title: 'Not Found',
      status: 404,
      detail: `No route GET ${path}`,
      instance: request.url,
    });
}
