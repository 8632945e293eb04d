import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { FILE_STORAGE, type FileStorage } from './file-storage.port';
import { FilesModule } from './files.module';
import { solid } from './images/test-images';
import { LocalFileStorage } from './local/local-file-storage';
import { MediaLibrary } from './media/media-library';

describe('FilesModule and GET /media/*', () => {
  let dataDir: string;
  let app: NestFastifyApplication;
  const get = (url: string, headers: Record<string, string> = {}) =>
    app.getHttpAdapter().getInstance().inject({ method: 'GET', url, headers });

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'files-module-'));
    let n = 0;
    @Module({ imports: [FilesModule.forRoot({ dataDir, env: {}, newId: () => `id-${++n}` })] })
    class AppModule {}
    app = await NestFactory.create<NestFastifyApplication>(AppModule, new FastifyAdapter(), {
      logger: false,
      abortOnError: false,
    });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });
  afterAll(async () => {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('provides a local FILE_STORAGE under <dataDir>/files and the MediaLibrary', () => {
    const storage = app.get<FileStorage>(FILE_STORAGE);
    expect(storage).toBeInstanceOf(LocalFileStorage);
    expect((storage as LocalFileStorage).root).toBe(join(dataDir, 'files'));
    expect(app.get(MediaLibrary)).toBeInstanceOf(MediaLibrary);
  });

  it('serves a stored variant with immutable caching and an ETag, and 304 on If-None-Match', async () => {
    const stored = await app.get(MediaLibrary).storeImage('events/ev-7', await solid(900, 600, 'png'));
    const card = stored.variants.find((v) => v.name === 'card')!;
    const response = await get(card.url);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('image/webp');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    const etag = String(response.headers.etag);
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(response.rawPayload.subarray(8, 12).toString('ascii')).toBe('WEBP');
    expect(Number(response.headers['content-length'])).toBe(response.rawPayload.length);

    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const cached = await get(card.url, { 'if-none-match': ifNoneMatch });
      expect(cached.statusCode).toBe(304);
      expect(cached.rawPayload.length).toBe(0);
      expect(cached.headers.etag).toBe(etag);
    }
    expect((await get(card.url, { 'if-none-match': '"stale"' })).statusCode).toBe(200);
    expect((await get(`${card.url}?v=1`)).statusCode).toBe(200);
  });

  it.each([
    '/media/events/ev-7/none/card.webp',
    '/media/',
    '/media/Events/X.webp',
    '/media/..%2f..%2fetc%2fpasswd',
    '/media/events/%2e%2e/x.webp',
  ])('answers 404 problem+json for %s', async (url) => {
    const response = await get(url);
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ status: 404, type: 'https://booking.example/problems/not-found' });
  });

  // The router resolves or refuses these before the controller: whatever answers, no file leaves.
  it.each(['/media/events/%2e%2e/%2e%2e/secret', '/media/%E0%A4%A', '/media/../../etc/passwd'])(
    'refuses %s with a 4xx',
    async (url) => {
      const response = await get(url);
      expect(response.statusCode).toBeGreaterThanOrEqual(400);
      expect(response.statusCode).toBeLessThan(500);
    },
  );

  it('does not serve files kept in the storage outside the media namespace', async () => {
    await app
      .get<FileStorage>(FILE_STORAGE)
      .put('invoices/inv-1.pdf', Buffer.from('%PDF'), { contentType: 'application/pdf' });
    expect((await get('/media/invoices/inv-1.pdf')).statusCode).toBe(404);
    expect((await get('/media/../invoices/inv-1.pdf')).statusCode).toBe(404);
  });

  it('fails when the module is defined with a bad storage setup', () => {
    expect(() => FilesModule.forRoot({ dataDir, env: { FILE_STORAGE: 's3' } })).toThrow(/S3_BUCKET/);
  });
});
