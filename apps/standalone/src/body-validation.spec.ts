import 'reflect-metadata';
import { ValidationPipe } from '@nestjs/common';
import fc from 'fast-check';
import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { type DtoClass, fastValidator, validationPipe, validationPipeOptions } from '@booking/platform';
import { HoldSeatsRequest } from '../../command-api/src/inventory/hold-seats/hold-seats.request';
import { StandaloneModule } from './standalone.module';

/**
 * The compiled yes-path of body validation (libs/platform/src/http/compiled-validation.ts) against
 * class-validator itself, for every DTO class the app declares: a body the fast path accepts is one
 * class-validator accepts, turned into an instance of the same class with the same fields.
 */
const classValidator = new ValidationPipe(validationPipeOptions());
const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<DtoClass, ValidationMetadata[]> };

/** What a request body is: JSON, parsed. */
const json = (body: unknown) => JSON.parse(JSON.stringify(body)) as unknown;

async function slow(dto: DtoClass, body: unknown): Promise<object | undefined> {
  try {
    return (await classValidator.transform(body, { type: 'body', metatype: dto as never })) as object;
  } catch {
    return undefined;
  }
}

/** Values aimed at a property's constraints (their bounds, patterns, formats), mixed with anything. */
function valueFor(target: DtoClass, metas: ValidationMetadata[], depth: number): fc.Arbitrary<unknown> {
  const odd: fc.Arbitrary<unknown>[] = [fc.anything({ maxDepth: 1 }), fc.constant(null)];
  const options: fc.Arbitrary<unknown>[] = [];
  const numbers: number[] = [];
  for (const meta of metas) {
    const [c0, c1] = (meta.constraints ?? []) as unknown[];
    if (['min', 'max', 'isInt', 'isNumber'].includes(meta.name ?? '')) {
      if (typeof c0 === 'number') numbers.push(c0 - 1, c0, c0 + 1);
      if (typeof c1 === 'number') numbers.push(c1 - 1, c1, c1 + 1);
    }
    switch (meta.name) {
      case 'matches':
        if (c0 instanceof RegExp) options.push(fc.stringMatching(c0, { size: 'small' }));
        break;
      case 'isUuid':
        options.push(fc.uuid(), fc.constant('urn:uuid:00000000-0000-0000-0000-000000000000'));
        break;
      case 'isEmail':
        options.push(fc.emailAddress());
        break;
      case 'isIso8601':
      case 'isDateString':
        options.push(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()));
        break;
      case 'isIn':
        if (Array.isArray(c0)) options.push(fc.constantFrom(...(c0 as unknown[])));
        break;
      case 'isEnum':
        if (c0 && typeof c0 === 'object') options.push(fc.constantFrom(...Object.values(c0)));
        break;
      case 'isString':
        options.push(fc.string({ maxLength: 60 }));
        break;
      case 'length':
        options.push(
          fc.string({ minLength: Math.max(0, Number(c0) - 1), maxLength: Math.min(Number(c1 ?? 60), 200) + 1 }),
        );
        break;
      case 'minLength':
        options.push(fc.string({ minLength: Math.max(0, Number(c0) - 1), maxLength: Number(c0) + 20 }));
        break;
      case 'maxLength':
        options.push(fc.string({ maxLength: Math.min(Number(c0), 200) + 1 }));
        break;
      case 'isBoolean':
        options.push(fc.boolean());
        break;
      case 'isInt':
      case 'isNumber':
        options.push(fc.integer({ min: -10, max: 10_000 }), fc.double({ noNaN: true, noDefaultInfinity: true }));
        break;
    }
  }
  if (numbers.length) options.push(fc.constantFrom(...numbers));
  const nested = metas.some((m) => m.type === 'nestedValidation')
    ? (defaultMetadataStorage.findTypeMetadata(target, metas[0].propertyName)?.typeFunction?.() as DtoClass)
    : undefined;
  if (nested && depth < 3) options.push(bodyFor(nested, depth + 1));
  // Aimed values four times as often as odd ones, so that many generated bodies are valid.
  const one = fc.oneof(
    ...odd.map((arbitrary) => ({ arbitrary, weight: 1 })),
    ...options.map((arbitrary) => ({ arbitrary, weight: 4 })),
  );
  if (metas.some((m) => m.each || m.name === 'isArray' || m.name === 'arrayMaxSize' || m.name === 'arrayMinSize'))
    return fc.oneof(
      { arbitrary: one, weight: 1 },
      { arbitrary: fc.array(nested && depth < 3 ? bodyFor(nested, depth + 1) : one, { maxLength: 6 }), weight: 4 },
    );
  return one;
}

function bodyFor(target: DtoClass, depth = 0): fc.Arbitrary<Record<string, unknown>> {
  const byProperty = new Map<string, ValidationMetadata[]>();
  for (const meta of getMetadataStorage().getTargetValidationMetadatas(target, '', false, false))
    byProperty.set(meta.propertyName, [...(byProperty.get(meta.propertyName) ?? []), meta]);
  const fields = Object.fromEntries([...byProperty].map(([name, metas]) => [name, valueFor(target, metas, depth)]));
  const required = [...byProperty].filter(([, metas]) => !metas.some((m) => m.name === 'isOptional')).map(([n]) => n);
  // Mostly with every required field, sometimes with any of them missing, sometimes with the
  // required ones alone (a DTO with many optional fields is rarely valid in every one of them).
  const requiredOnly = Object.fromEntries(Object.entries(fields).filter(([name]) => required.includes(name)));
  const record = fc.oneof(
    { arbitrary: fc.record(fields, { requiredKeys: required }), weight: 3 },
    { arbitrary: fc.record(fields, { requiredKeys: [] }), weight: 1 },
    { arbitrary: fc.record(requiredOnly), weight: 1 },
  );
  return fc
    .tuple(
      record,
      fc.oneof(
        { arbitrary: fc.constant(null), weight: 7 },
        { arbitrary: fc.constantFrom('unknown', '__proto__', 'constructor'), weight: 1 },
      ),
    )
    .map(([body, extra]) => (extra ? { ...body, [extra]: 1 } : body));
}

describe('compiled body validation', () => {
  // Every DTO class of the app: the standalone module imports every controller and so every DTO.
  expect(StandaloneModule).toBeDefined();
  const dtos = [...storage.validationMetadatas.keys()].filter((c) => typeof c === 'function');

  it('covers the app: most DTOs compile, the hold request among them', () => {
    const compiled = dtos.filter((dto) => fastValidator(dto));
    expect(dtos.length).toBeGreaterThan(50);
    expect(compiled.length).toBeGreaterThan(dtos.length / 2);
    expect(fastValidator(HoldSeatsRequest)).toBeDefined();
  });

  it('accepts a good hold request as class-validator does, and leaves every refusal to it', async () => {
    const fast = fastValidator(HoldSeatsRequest)!;
    const accepted = fast({ quantity: 2, sectionId: 'stalls' });
    expect(accepted).toBeInstanceOf(HoldSeatsRequest);
    expect(accepted).toEqual(await slow(HoldSeatsRequest, { quantity: 2, sectionId: 'stalls' }));
    for (const bad of [
      { quantity: 0 },
      { quantity: 1.5 },
      { quantity: 1, extra: 1 },
      { quantity: 1, sectionId: null },
      {},
      [],
    ])
      expect(fast(bad)).toBeUndefined();
    await expect(
      validationPipe.transform({ quantity: 1, extra: 1 }, { type: 'body', metatype: HoldSeatsRequest }),
    ).rejects.toMatchObject({ problem: { detail: expect.stringContaining('unknown field extra') } });
    await expect(
      validationPipe.transform({ quantity: 1, sectionId: null }, { type: 'body', metatype: HoldSeatsRequest }),
    ).rejects.toMatchObject({ problem: { detail: 'sectionId must not be null' } });
  });

  it('never accepts a body class-validator refuses, and builds the same instance (every DTO, generated bodies)', async () => {
    let acceptedByBoth = 0;
    const reached = new Set<DtoClass>();
    let compiled = 0;
    for (const dto of dtos) {
      const fast = fastValidator(dto);
      if (!fast) continue;
      compiled++;
      await fc.assert(
        fc.asyncProperty(bodyFor(dto), async (body) => {
          const quick = fast(json(body));
          if (!quick) return;
          const checked = await slow(dto, json(body));
          expect(checked).toBeDefined();
          expect(quick.constructor).toBe(checked!.constructor);
          expect(quick).toEqual(checked);
          acceptedByBoth++;
          reached.add(dto);
        }),
        { numRuns: Number(process.env.BODY_VALIDATION_RUNS ?? 300) },
      );
    }
    // Not vacuous: the generators reach valid bodies often.
    expect(acceptedByBoth).toBeGreaterThan(2000);
    expect(reached.size).toBeGreaterThan(compiled * 0.75);
    expect(reached.has(HoldSeatsRequest)).toBe(true);
  });
});
