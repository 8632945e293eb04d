import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { IMMUTABLE_CACHE_CONTROL, MEDIA_URL_PREFIX, MediaLibrary } from './media-library';

/**
 * `GET /media/<key>`: stored image variants, public and cacheable for a year (each key is written
 * once, under a fresh image id, and never changed). It sits outside /api on purpose: the gateway
 * routes `/media/*` to the process hosting FilesModule (or straight to the bucket / a CDN in front
 * of it) like static content, instead of to the SPA. ETag + If-None-Match → 304; missing → 404
 * problem+json (an invalid key is just missing).
 */
@ApiExcludeController()
@Controller('media')
export class MediaController {
  constructor(private readonly library: MediaLibrary) {}

  @Get('*')
  async serve(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const key = mediaKeyOf(request.url);
    const file = key === undefined ? undefined : await this.library.read(key);
    void reply.header('x-content-type-options', 'nosniff');
    if (!file) {
      await reply
        .status(404)
        .header('cache-control', 'no-cache')
        .header('content-type', 'application/problem+json')
        .send({
          type: 'https://booking.example/problems/not-found',
          title: 'Not Found',
          status: 404,
          detail: 'No such media file',
          instance: request.url,
        });
      return;
    }
    void reply.header('etag', file.etag).header('cache-control', IMMUTABLE_CACHE_CONTROL);
    if (matchesEtag(request.headers['if-none-match'], file.etag)) {
      await reply.status(304).send();
      return;
    }
    await reply
      .status(200)
      .header('content-type', file.contentType)
      .header('content-length', file.size)
      .send(file.body);
  }
}

function mediaKeyOf(url: string): string | undefined {
  const path = url.split('?')[0] ?? '';
  if (!path.startsWith(MEDIA_URL_PREFIX)) return undefined;
  try {
    return decodeURIComponent(path.slice(MEDIA_URL_PREFIX.length));
  } catch {
    return undefined;
  }
}

/** If-None-Match uses the weak comparison (RFC 9110 §13.1.2): `W/` is ignored; `*` matches anything. */
function matchesEtag(header: string | string[] | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const strip = (tag: string) => tag.trim().replace(/^W\//, '');
  const wanted = strip(etag);
  return [header]
    .flat()
    .flatMap((value) => value.split(','))
    .some((tag) => tag.trim() === '*' || strip(tag) === wanted);
}
