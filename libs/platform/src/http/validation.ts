import {
  type ArgumentMetadata,
  ValidationPipe,
  type ValidationError,
  type ValidationPipeOptions,
} from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
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
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
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
