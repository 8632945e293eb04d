import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { NotRecorded, isNotRecorded } from '../http/idempotency.interceptor';
import { AccountsModule } from './accounts.module';

/**
 * Accounts answers carry tokens and personal data (e-mail, sessions, an admin's reason): an
 * idempotency record would copy them into the log in plain text, out of reach of crypto-shredding
 * (docs/personal-data.md). So every accounts route is @NotRecorded, a new one included.
 */
type Controller = abstract new (...args: never[]) => unknown;

function controllerFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return controllerFiles(path);
    return entry.name.endsWith('.controller.ts') ? [path] : [];
  });
}

function controllersIn(file: string): Controller[] {
  const exported = Object.values(require(file) as Record<string, unknown>);
  return exported.filter(
    (value): value is Controller =>
      typeof value === 'function' && Reflect.getMetadata(PATH_METADATA, value) !== undefined,
  );
}

/** The names of its route handlers that an Idempotency-Key would record. */
function recordedRoutes(controller: Controller): string[] {
  const prototype = controller.prototype as Record<string, unknown>;
  return Object.getOwnPropertyNames(prototype).filter((name) => {
    const handler = prototype[name];
    if (name === 'constructor' || typeof handler !== 'function') return false;
    if (Reflect.getMetadata(METHOD_METADATA, handler) === undefined) return false; // not a route
    return !isNotRecorded(controller, handler);
  });
}

describe('accounts endpoints are never recorded for idempotency', () => {
  const files = controllerFiles(__dirname);
  const found = files.flatMap((file) =>
    controllersIn(file).map((controller) => ({ file: relative(__dirname, file), controller })),
  );

  it('finds every controller under accounts/', () => {
    expect(files.length).toBeGreaterThanOrEqual(9);
    for (const file of files) expect(found.map((f) => f.file)).toContain(relative(__dirname, file));
    const registered = Reflect.getMetadata('controllers', AccountsModule) as Controller[];
    expect(found.map((f) => f.controller)).toEqual(expect.arrayContaining(registered));
  });

  it('marks each of them @NotRecorded', () => {
    const recorded = found
      .map(({ file, controller }) => ({ file, controller: controller.name, routes: recordedRoutes(controller) }))
      .filter((entry) => entry.routes.length > 0);
    expect(recorded).toEqual([]);
  });

  it('reads the marker as the interceptor does: on the class or on one route', () => {
    class Plain {
      route() {}
    }
    expect(isNotRecorded(Plain, Plain.prototype.route)).toBe(false);
    NotRecorded()(Plain.prototype, 'route', Object.getOwnPropertyDescriptor(Plain.prototype, 'route')!);
    expect(isNotRecorded(Plain, Plain.prototype.route)).toBe(true);
    class Marked {
      route() {}
    }
    NotRecorded()(Marked);
    expect(isNotRecorded(Marked, Marked.prototype.route)).toBe(true);
  });
});
