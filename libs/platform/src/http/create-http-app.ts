import { randomBytes, randomUUID } from 'node:crypto';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import type { INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../config/app-config';
import { CLOCK, type Clock } from '../infrastructure/clock';
import { PublicOrigin, listeningOrigin } from '../config/public-origin';
import { OpsListener } from '../health/ops-listener';
import { PinoNestLogger, createLogger } from '../logging/logger';
import { Metrics } from '../metrics/metrics';
import { ProblemException, problem } from '../problem/problem';
import { ProblemFilter } from '../problem/problem.filter';
import { MAX_JSON_DEPTH, jsonDepthExceeds } from './json-depth';
import { completeDocument } from '../openapi/complete-document';
import { ProblemDetailsSchema } from '../openapi/problem-details.schema';
import { answerUnservedMethods } from './method-not-allowed';
import { MAX_ENCODED_PATH_PARAMETER, MAX_PATH_PARAMETER } from './path-parameters';
import { securityHeaders } from './security-headers';
import { type SpaPrerender, serveSpa } from './serve-spa';
import { tooManyRequests } from './throttled';
import { validationPipe } from './validation';

/**
 * A request stamped with the one instant all of its commands are decided at: every command it
 * issues (a hold and its buyer-allowance reservation, a token and the mail announcing its expiry)
 * is decided then, so their expiries and windows agree to the millisecond. Read from the app's
 * clock as the request arrives.
 */
export type TimedRequest = FastifyRequest & { receivedAt?: Date };

export type HttpAppOptions = {
  name: string;
  title: string;
  config: AppConfig;
  /** Serve the built SPA from this folder: files as they are, index.html for other non-API GETs. */
  spaRoot?: string;
  /** The first screen of an SPA route, put into index.html (serve-spa.ts); built once the app is. */
  spaPrerender?: (app: NestFastifyApplication) => SpaPrerender;
};

/** One HTTP setup for every app: problem+json, validation, security headers, OpenAPI, metrics, correlation ids. */
export async function createHttpApp(module: Type<unknown>, options: HttpAppOptions): Promise<NestFastifyApplication> {
  const logger = createLogger(options.config.logLevel, options.name);
  const adapter = new FastifyAdapter({
    bodyLimit: 256 * 1024,
    routerOptions: { maxParamLength: MAX_ENCODED_PATH_PARAMETER },
    trustProxy: options.config.trustProxy,
    requestIdHeader: 'x-correlation-id',
    genReqId: () => randomUUID(),
    // The router refuses a path it cannot decode, or a parameter longer than the spec allows
    // (Fastify would answer 414 or a bare 400 in its own JSON); both are a client's bad input.
    // The router measures the raw, percent-encoded text: MAX_ENCODED_PATH_PARAMETER leaves room
    // for the spec's MAX_PATH_PARAMETER characters of any script, so a value the spec allows is
    // never refused here (a 17-letter slug of combining marks is 200 encoded characters).
    frameworkErrors: (error: FastifyError, _request: FastifyRequest, reply: FastifyReply) => {
      const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
      void reply
        .status(400)
        .header('content-type', 'application/problem+json')
        .send(
          problem(
            400,
            tooLong ? 'path-parameter-too-long' : 'bad-url',
            tooLong ? 'Path parameter too long' : 'Malformed URL',
            tooLong
              ? `A path parameter is longer than any identifier this API uses (${MAX_PATH_PARAMETER} characters at most)`
              : 'The URL could not be decoded',
          ),
        );
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(module, adapter, {
    logger: new PinoNestLogger(logger),
    abortOnError: false,
    bodyParser: false, // our JSON parser below replaces Nest's
  });
  const filter = new ProblemFilter();
  app.useGlobalFilters(filter);
  app.useGlobalPipes(validationPipe);
  const fastify = app.getHttpAdapter().getInstance();
  const allowedMethods = answerUnservedMethods(fastify);
  // An empty body sent as application/json (common on POST /publish) means "no body"; a body
  // nested deeper than any request needs is refused before anything walks it recursively; the
  // rest goes through Fastify's own parser, which drops `__proto__` and `constructor.prototype`
  // keys: no field of ours has those names, and refusing them made a schema-valid body a 400.
  const parseJson = fastify.getDefaultJsonParser('remove', 'remove');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    // JSON's own whitespace only: String#trim also drops \f, \v and Unicode spaces, which are not JSON.
    if (typeof body === 'string' && /^[ \t\n\r]*$/.test(body)) return done(null, undefined);
    if (jsonDepthExceeds(body as string, MAX_JSON_DEPTH)) return done(tooDeep(), undefined);
    (request as { rawBody?: string }).rawBody = body as string; // signed webhooks check the bytes as sent
    parseJson(request, body as string, done);
  });
  // A route may ask for a larger body than the default with @BodyLimit(bytes).
  fastify.addHook('onRoute', (route) => {
    const limit = (route.config as { bodyLimit?: unknown } | undefined)?.bodyLimit;
    if (typeof limit === 'number') route.bodyLimit = limit;
  });
  // Image uploads arrive as raw bytes; their type is decided by content, not by this header.
  const imageTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif', 'application/octet-stream'];
  fastify.addContentTypeParser(imageTypes, { parseAs: 'buffer', bodyLimit: 10 * 1024 * 1024 }, (_request, body, done) =>
    done(null, body),
  );
  // For clients that take it (br, else gzip): API JSON over 1 KiB and the SPA's files the build did
  // not precompress. Registered before any route (it hooks routes as they are added); SSE is left
  // alone (its type is excluded, and Nest writes it to the raw socket).
  await app.register(fastifyCompress, { encodings: ['br', 'gzip'] });
  if (options.spaRoot)
    await serveSpa(app, options.spaRoot, allowedMethods, safely(options.spaPrerender?.(app), logger));
  await app.register(fastifyCookie, { secret: cookieSecret() });
  // Per-address limits (or per session: refresh), opted into per route with @Throttled() (auth endpoints).
  await app.register(fastifyRateLimit, {
    global: false,
    max: options.config.authRateLimit,
    timeWindow: '1 minute',
    // Thrown by the plugin and answered by ProblemFilter, which knows a ProblemException (a plain
    // object came out as a generic 400-style "Bad request" problem with status 429).
    errorResponseBuilder: (_request, context) => tooManyRequests(Math.ceil(context.ttl / 1000)),
  });
  const headers = securityHeaders({ stripe: options.config.payments.provider === 'stripe' });
  // The hooks every request passes take a callback, not a promise: one microtask less each.
  const clock = app.get<Clock>(CLOCK);
  fastify.addHook('onRequest', (request, reply, done) => {
    (request as TimedRequest).receivedAt = clock.now();
    void reply.headers(headers).header('x-correlation-id', request.id);
    done();
  });
  // What a signed-in caller is told, and anything under /api/auth (it hands out tokens), is
  // personal: neither a shared cache nor the browser's may keep it. Public reads keep their own.
  // The route matched, not the raw URL: `/api/%61uth/login` reaches the login route too.
  fastify.addHook('onSend', (request, reply, payload, done) => {
    const route = request.routeOptions?.url ?? '';
    if (request.headers.authorization || route.startsWith('/api/auth/') || request.url.startsWith('/api/auth/'))
      void reply.header('cache-control', 'no-store');
    done(null, payload);
  });
  const corsOrigins = process.env.CORS_ORIGINS?.split(',').filter(Boolean);
  if (corsOrigins?.length) app.enableCors({ origin: corsOrigins, credentials: true }); // closed unless configured
  const metrics = app.get(Metrics);
  const debug = logger.isLevelEnabled('debug');
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions?.url ?? 'unmatched';
    metrics.observeRequest(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
    if (reply.statusCode >= 500 && reply.statusCode !== 503)
      logger.error(
        { correlationId: request.id, method: request.method, url: request.url, status: reply.statusCode },
        'request failed',
      );
    else if (debug)
      logger.debug(
        {
          correlationId: request.id,
          method: request.method,
          url: request.url,
          status: reply.statusCode,
          ms: reply.elapsedTime,
        },
        'request',
      );
    done();
  });
  setupOpenApi(app, options.title);
  app.enableShutdownHooks();
  return app;
}

/** A prerender that fails costs the page its head start (index.html as it is), never the page. */
function safely(
  prerender: SpaPrerender | undefined,
  logger: ReturnType<typeof createLogger>,
): SpaPrerender | undefined {
  if (!prerender) return undefined;
  return async (url, languages) => {
    try {
      return await prerender(url, languages);
    } catch (error) {
      logger.warn({ err: error, url }, 'prerender failed');
      return undefined;
    }
  };
}

const tooDeep = () =>
  new ProblemException(
    problem(400, 'json-too-deep', 'Malformed JSON', `The request body nests deeper than ${MAX_JSON_DEPTH} levels`),
  );

function setupOpenApi(app: INestApplication, title: string): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle(title)
      .setDescription('Event booking platform. Errors are RFC 9457 problem+json. See docs/api.md.')
      .setVersion('1')
      .addBearerAuth()
      .build(),
    { extraModels: [ProblemDetailsSchema] },
  );
  completeDocument(app, document);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}

export async function listen(app: NestFastifyApplication, config: AppConfig): Promise<string> {
  await app.listen(config.port, config.host);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = listeningOrigin(config.host, port);
  app.get(PublicOrigin, { strict: false }).listeningOn(url);
  await app.get(OpsListener, { strict: false }).start();
  return url;
}

/**
 * Signs short-lived cookies (the social-login flow state). Set COOKIE_SECRET wherever more than one
 * process answers the same users; without it each process signs with a random key of its own.
 */
const processCookieSecret = randomBytes(32).toString('base64url');
function cookieSecret(): string {
  return process.env.COOKIE_SECRET || processCookieSecret;
}
