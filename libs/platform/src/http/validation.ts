import {
  type ArgumentMetadata,
  ValidationPipe,
  type ValidationError,
  type ValidationPipeOptions,
} from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { LRUCache } from 'lru-cache';
import { ProblemException, problem } from '../problem/problem';
import { type DtoClass, fastValidator } from './compiled-validation';

function flatten(errors: ValidationError[], parent = ''): { field: string; message: string }[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: message.replace(/^property (\S+) should not exist$/, 'unknown field $1 is not allowed'),
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * Two holes class-validator leaves in a body: `null` as the whole body (Nest's pipe validates it as
 * `{}`, so an endpoint whose fields are all optional took it) and `null` for an @IsOptional field
 * (skipped like an absent one, then handed to the handler). An optional field may be left out; it
 * is never null. No body at all stays "no body".
 */
class BodyValidationPipe extends ValidationPipe {
  /** Query strings validated before, per DTO class: the instance they became (see `validQuery`). */
  private readonly queries = new WeakMap<object, LRUCache<string, object>>();

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'query' && metadata.metatype && typeof value === 'object' && value !== null)
      return this.validQuery(value, metadata);
    if (metadata.type === 'body' && value === null)
      throw new ProblemException(problem(400, 'validation', 'Invalid request', 'The body must be a JSON object'));
    if (metadata.type === 'body' && metadata.metatype) {
      const accepted = fastValidator(metadata.metatype)?.(value);
      if (accepted) return accepted;
    }
    const result = await super.transform(value, metadata);
    if (metadata.type !== 'body') return result;
    const errors = nullOptionals(result).map((field) => ({ field, message: `${field} must not be null` }));
    if (errors.length > 0)
      throw new ProblemException(
        problem(400, 'validation', 'Invalid request', errors.map((e) => e.message).join('; '), { errors }),
      );
    return result;
  }

  private async validQuery(value: object, metadata: ArgumentMetadata): Promise<unknown> {
    const dto = metadata.metatype!;
    let known = this.queries.get(dto);
    if (!known) {
      known = new LRUCache<string, object>({ max: QUERIES_KEPT_PER_CLASS });
      this.queries.set(dto, known);
    }
    const key = JSON.stringify(value);
    const kept = known.get(key);
    if (kept) return copyOf(kept);
    const result = await super.transform(value, metadata);
    if (typeof result === 'object' && result !== null) known.set(key, copyOf(result));
    return result;
  }
}

/**
 * A query string is validated once per DTO class: most requests repeat a few questions (the
 * catalog's front page, a category, the next page), and class-validator's machinery was an eighth
 * of the catalog's CPU. The query DTOs' decorators are pure functions of the string (built-in
 * constraints, transforms of the value alone), so the same string always becomes the same
 * instance; each caller gets its own copy. Refusals are not kept: class-validator words each.
 */
const QUERIES_KEPT_PER_CLASS = 500;

function copyOf<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyOf) as T;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (value === null || typeof value !== 'object') return value;
  const copy = Object.create(Object.getPrototypeOf(value) as object | null) as Record<string, unknown>;
  for (const key of Object.keys(value)) copy[key] = copyOf((value as Record<string, unknown>)[key]);
  return copy as T;
}

const optionalByClass = new WeakMap<object, ReadonlySet<string>>();

/** A DTO class's @IsOptional fields (decorators run once, at class definition: cached per class). */
function optionalFields(dto: DtoClass): ReadonlySet<string> {
  let fields = optionalByClass.get(dto);
  if (!fields) {
    fields = new Set(
      getMetadataStorage()
        .getTargetValidationMetadatas(dto, '', true, false)
        .filter((meta) => meta.name === 'isOptional')
        .map((meta) => meta.propertyName),
    );
    optionalByClass.set(dto, fields);
  }
  return fields;
}

/** Paths of the @IsOptional fields set to null, through the DTO instances the pipe made. */
function nullOptionals(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => nullOptionals(item, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null || value.constructor === Object) return [];
  const optional = optionalFields(value.constructor);
  return Object.entries(value).flatMap(([key, item]) => {
    const field = path ? `${path}.${key}` : key;
    return item === null ? (optional.has(key) ? [field] : []) : nullOptionals(item, field);
  });
}

/**
 * class-validator with unknown fields rejected; failures become a 400 problem naming each field. A
 * body its DTO's compiled validator accepts is answered without class-validator's machinery; any
 * other body goes through class-validator, which decides and words the problem.
 */
export const validationPipe = new BodyValidationPipe(validationPipeOptions());

/** The pipe's class-validator options (a fresh copy): whitelist, unknown fields refused, DTO instances. */
export function validationPipeOptions(): ValidationPipeOptions {
  return {
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => {
      const list = flatten(errors);
      return new ProblemException(
        problem(
          400,
          'validation',
          'Invalid request',
          list.map((e) => `${e.field}: ${e.message}`).join('; ') || 'Invalid request body',
          {
            errors: list,
          },
        ),
      );
    },
  };
}
