import 'reflect-metadata';
import { readdirSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { QueryBus } from '@nestjs/cqrs';
import { QueryApiModule } from './query-api.module';
import { LiveAvailability } from './inventory/stream-availability/live-availability.service';

// The one shape of a read (docs/architecture.md): controller → QueryBus → @QueryHandler, one
// use-case folder each. These fail when a new read slips back to reading the store in its controller.
const queryApi = QueryApiModule.register({ module: class Projections {} });
const folders = readdirSync(__dirname, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.controller.ts'))
  .map((file) => dirname(join(__dirname, file)));
/** A stream answers for as long as the client stays, a query once: it uses the bus for its first answer only. */
const STREAM = 'inventory/stream-availability';

describe('the query API', () => {
  it('holds a controller, a query and a handler in every use-case folder', () => {
    expect(folders.length).toBeGreaterThan(10);
    for (const folder of folders.filter((f) => relative(__dirname, f) !== STREAM)) {
      const name = basename(folder);
      const files = readdirSync(folder);
      expect({ folder: name, files }).toEqual({
        folder: name,
        files: expect.arrayContaining([`${name}.controller.ts`, `${name}.query.ts`, `${name}.handler.ts`]),
      });
    }
  });

  it('registers every query handler in the tree', async () => {
    const handlers = await Promise.all(
      folders
        .filter((f) => relative(__dirname, f) !== STREAM)
        .map(async (folder) => Object.values(await import(join(folder, `${basename(folder)}.handler`)))),
    );
    expect(queryApi.providers).toEqual(expect.arrayContaining(handlers.flat()));
  });

  it('gives controllers the QueryBus and nothing that reads the store', () => {
    for (const controller of queryApi.controllers ?? []) {
      const injected: unknown[] = Reflect.getMetadata('design:paramtypes', controller) ?? [];
      expect({ controller: controller.name, injected: injected.filter((type) => type !== LiveAvailability) }).toEqual({
        controller: controller.name,
        injected: [QueryBus],
      });
    }
  });
});
