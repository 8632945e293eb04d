import type { OpenAPIObject } from '@nestjs/swagger';
import type { ReferenceObject, SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';

type Schema = SchemaObject & { $ref?: string };
type DtoClass = abstract new (...args: never[]) => unknown;

/**
 * The request schemas say what the validation pipe enforces: each class-validator constraint
 * becomes its JSON Schema keyword (formats, lengths, ranges, enums, patterns), and unknown fields are refused
 * (additionalProperties: false), as forbidNonWhitelisted does. Read from class-validator's own
 * metadata at start, so the document cannot drift from the validators.
 */
export function applyValidationConstraints(document: OpenAPIObject): void {
  const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<unknown, ValidationMetadata[]> };
  const schemas = (document.components?.schemas ?? {}) as Record<string, Schema>;
  for (const target of storage.validationMetadatas.keys()) {
    if (typeof target !== 'function') continue;
    const schema = schemas[target.name];
    if (!schema?.properties) continue;
    schema.additionalProperties = false;
    for (const [name, constraints] of validatedProperties(target as DtoClass)) {
      const property = schema.properties[name] as Schema | undefined;
      if (property) constrainProperty(property, constraints);
    }
  }
}

/** The class-validator metadata of a DTO class (and its parents), by property. */
export function validatedProperties(target: DtoClass): Map<string, ValidationMetadata[]> {
  const byProperty = new Map<string, ValidationMetadata[]>();
  for (const meta of getMetadataStorage().getTargetValidationMetadatas(target, '', true, false))
    byProperty.set(meta.propertyName, [...(byProperty.get(meta.propertyName) ?? []), meta]);
  return byProperty;
}

/** An @IsOptional field is just not required: the validation pipe refuses null for it (validation.ts). */
export function constrainProperty(property: Schema | ReferenceObject, metadata: ValidationMetadata[]): void {
  const schema = property as Schema;
  for (const meta of metadata) {
    const at = meta.each && schema.type === 'array' ? ((schema.items ??= {}) as Schema) : schema;
    apply(at, constraintName(meta), meta.constraints ?? []);
  }
}

function constraintName(meta: ValidationMetadata): string {
  if (meta.type !== 'customValidation') return meta.type;
  const [constraint] = getMetadataStorage().getTargetValidatorConstraints(meta.constraintCls);
  return constraint?.name ?? '';
}

function apply(schema: Schema, name: string, c: unknown[]): void {
  if (schema.$ref || schema.allOf) return; // a nested DTO: its own schema carries its constraints
  switch (name) {
    case 'isString':
      schema.type = 'string';
      break;
    case 'isInt':
      schema.type = 'integer';
      break;
    case 'isNumber':
      schema.type = 'number';
      break;
    case 'isBoolean':
      schema.type = 'boolean';
      break;
    case 'isEmail':
      schema.format = 'email';
      break;
    case 'isUUID':
      schema.format = 'uuid';
      break;
    case 'isIso8601':
    case 'isISO8601':
    case 'isDateString':
      schema.format = 'date-time';
      schema.pattern = ISO_8601_STRICT;
      break;
    case 'isNotEmpty':
      if (schema.type === 'string') schema.minLength = atLeast(schema.minLength, 1);
      break;
    case 'minLength':
      schema.minLength = atLeast(schema.minLength, c[0]);
      break;
    case 'maxLength':
      schema.maxLength = atMost(schema.maxLength, c[0]);
      break;
    case 'isLength':
      schema.minLength = atLeast(schema.minLength, c[0]);
      if (typeof c[1] === 'number') schema.maxLength = atMost(schema.maxLength, c[1]);
      break;
    case 'min':
      schema.minimum = atLeast(schema.minimum, c[0]);
      break;
    case 'max':
      schema.maximum = atMost(schema.maximum, c[0]);
      break;
    case 'isIn':
      schema.enum = [...(c[0] as unknown[])];
      break;
    case 'isEnum':
      schema.enum = Object.values(c[0] as object);
      break;
    case 'arrayMinSize':
      schema.minItems = c[0] as number;
      break;
    case 'arrayMaxSize':
      schema.maxItems = c[0] as number;
      break;
    case 'arrayUnique':
      schema.uniqueItems = true;
      break;
    case 'matches':
      schema.pattern = c[0] instanceof RegExp ? c[0].source : String(c[0]);
      break;
  }
}

// RFC 3339 as validator.js's strict ISO 8601 check takes it: upper-case T and Z, no leap second, and
// no year before 0100 (it reads those as 19xx and refuses the date).
const ISO_8601_STRICT = '^(?!00)\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$';

// A limit written in @ApiProperty that is stricter than the validator (a password's 128 characters,
// checked by the password policy behind a generous @MaxLength) is the real one: keep it.
const atLeast = (declared: number | undefined, value: unknown) => Math.max(declared ?? -Infinity, value as number);
const atMost = (declared: number | undefined, value: unknown) => Math.min(declared ?? Infinity, value as number);
