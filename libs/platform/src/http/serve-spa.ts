import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
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
 *
 * With `prerender`, index.html carries the first screen of the page asked for (its HTML, put where
 * index.html has `<!--prerender-->`), painted before any JavaScript runs; the SPA replaces it.
 */
export async function serveSpa(
  app: NestFastifyApplication,
  root: string,
  allowedMethods: AllowedMethods,
  prerender?: SpaPrerender,
): Promise<void> {
  if (!existsSync(join(root, 'index.html'))) return;
  await app.register(fastifyStatic, { root, serve: false, preCompressed: true });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/*', async (request, reply) => {
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
    const html = prerender && (await readFile(join(root, 'index.html'), 'utf8'));
    const fragment =
      html?.includes(PRERENDER_MARK) && (await prerender?.(request.url, request.headers['accept-language']));
    if (html && fragment) {
      // Prices and dates on it are formatted in the request's language.
      return reply
        .header('cache-control', 'no-cache')
        .header('vary', 'accept-language')
        .type('text/html; charset=utf-8')
        .send(html.replace(PRERENDER_MARK, () => fragment));
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html', root);
  });
}

/**
 * The first screen of a client-side route (`url`: its path and query as asked, not decoded) as HTML
 * (escaped, self-contained), or undefined to send index.html as it is. `languages`: the request's
 * Accept-Language, to format as the browser will.
 */
export type SpaPrerender = (url: string, languages: string | undefined) => Promise<string | undefined>;

/** Where index.html takes a prerendered first screen (inside `#root`, which React replaces). */
export const PRERENDER_MARK = '<!--prerender-->';

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
