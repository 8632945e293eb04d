import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { ValidationTypes, getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';

/**
 * The fast path of body validation: a DTO's class-validator metadata, read once per class, run
 * directly on the instance, without class-transformer's and class-validator's per-request machinery
 * (metadata lookups and grouping, error objects, generic transformation). The DTO's decorators stay
 * the only source of truth: the same constraint objects decide, on the same instance, in the same
 * order as class-validator's executor (conditions, @IsDefined, constraints with `each`, nested).
 *
 * It only ever says "valid". Anything it does not reproduce exactly (a null, a plain object without
 * @Type, @Transform/@Expose/@Exclude, groups, async constraints, an unknown field, a failed
 * constraint) returns `undefined`, and the caller runs class-validator, which gives the answer and
 * the messages. compiled-validation.spec.ts checks, over generated bodies for every DTO of the app,
 * that a body it accepts is one class-validator accepts, turned into an equal instance.
 */
/** A DTO's constructor: class-validator and class-transformer key their metadata by it. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type DtoClass = Function;

export type FastValidator = (body: unknown) => object | undefined;

type Constraint = { validate(value: unknown, args: object): unknown };
type Check = { meta: ValidationMetadata; constraints: Constraint[] };
type Property = {
  name: string;
  conditions: ValidationMetadata[];
  defined: Check[];
  custom: Check[];
  nested: boolean;
  /** @Type's class, for nested objects and arrays of them. */
  type?: new () => object;
};
type Compiled = { target: new () => object; properties: Map<string, Property>; validator?: FastValidator };

const compiledByClass = new WeakMap<object, Compiled | null>();

/** The class's fast validator, or undefined when its decorators need class-validator every time. */
export function fastValidator(target: DtoClass): FastValidator | undefined {
  const compiled = compile(target, new Set());
  if (!compiled) return undefined;
  compiled.validator ??= (body) => {
    if (!isPlainObject(body)) return undefined;
    const instance = build(compiled, body);
    return instance && valid(compiled, instance) ? instance : undefined;
  };
  return compiled.validator;
}

const TRANSFORMING = new Set<DtoClass>([Number, String, Boolean, Date, Object, Array, Map, Set, Buffer, Promise]);

function compile(target: DtoClass, visiting: Set<DtoClass>): Compiled | null {
  const known = compiledByClass.get(target);
  if (known !== undefined) return known;
  if (visiting.has(target)) return null; // recursive DTOs stay on the general path
  visiting.add(target);
  const compiled = compileClass(target, visiting);
  visiting.delete(target);
  compiledByClass.set(target, compiled);
  return compiled;
}

function compileClass(target: DtoClass, visiting: Set<DtoClass>): Compiled | null {
  const storage = getMetadataStorage();
  const metadatas = storage.getTargetValidationMetadatas(target, '', false, false);
  if (metadatas.length === 0) return null; // class-validator's "unknown value"
  if (transforms(target)) return null;
  const properties = new Map<string, Property>();
  for (const meta of metadatas) {
    if (meta.groups?.length || meta.always !== undefined || meta.context) return null;
    let property = properties.get(meta.propertyName);
    if (!property) {
      if (hasAccessor(target, meta.propertyName)) return null;
      property = { name: meta.propertyName, conditions: [], defined: [], custom: [], nested: false };
      properties.set(meta.propertyName, property);
    }
    switch (meta.type) {
      case ValidationTypes.WHITELIST:
        break;
      case ValidationTypes.CONDITIONAL_VALIDATION:
        property.conditions.push(meta);
        break;
      case ValidationTypes.IS_DEFINED:
      case ValidationTypes.CUSTOM_VALIDATION: {
        const constraints = storage.getTargetValidatorConstraints(meta.constraintCls);
        if (constraints.length === 0 || constraints.some((c) => c.async)) return null;
        const check = { meta, constraints: constraints.map((c) => c.instance as Constraint) };
        (meta.type === ValidationTypes.IS_DEFINED ? property.defined : property.custom).push(check);
        break;
      }
      case ValidationTypes.NESTED_VALIDATION: {
        const type = defaultMetadataStorage.findTypeMetadata(target, meta.propertyName);
        const nestedClass = type?.typeFunction?.() as (new () => object) | undefined;
        if (!type || type.options?.discriminator || !nestedClass || TRANSFORMING.has(nestedClass)) return null;
        if (!compile(nestedClass, visiting)) return null;
        property.nested = true;
        property.type = nestedClass;
        break;
      }
      default:
        return null; // promise validation and anything newer
    }
  }
  // @Type on a property that is not nested converts values (e.g. to Number): class-transformer's work.
  for (const property of properties.values())
    if (!property.nested && defaultMetadataStorage.findTypeMetadata(target, property.name)) return null;
  return { target: target as new () => object, properties };
}

function transforms(target: DtoClass): boolean {
  const storage = defaultMetadataStorage as unknown as {
    getStrategy(target: DtoClass): string;
    getExposedMetadatas(target: DtoClass): unknown[];
    getExcludedMetadatas(target: DtoClass): unknown[];
    _transformMetadatas: Map<DtoClass, unknown>;
    getAncestors(target: DtoClass): DtoClass[];
  };
  const classes = [target, ...storage.getAncestors(target)];
  return (
    storage.getStrategy(target) !== 'none' ||
    storage.getExposedMetadatas(target).length > 0 ||
    storage.getExcludedMetadatas(target).length > 0 ||
    classes.some((c) => storage._transformMetadatas.has(c))
  );
}

function hasAccessor(target: DtoClass, name: string): boolean {
  for (let proto = target.prototype as object | null; proto && proto !== Object.prototype;) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor) return true; // a getter, setter or method of that name: class-transformer skips or calls it
    proto = Object.getPrototypeOf(proto) as object | null;
  }
  return false;
}

/** A JSON object: an Object of any realm (not an array, not a class instance, not prototype-less). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto !== null && Object.getPrototypeOf(proto) === null;
}

/** class-transformer's plainToInstance for the shapes accepted here; undefined for any other. */
function build(compiled: Compiled, plain: Record<string, unknown>): object | undefined {
  const instance = new compiled.target() as Record<string, unknown>;
  for (const key of Object.keys(plain)) {
    const property = compiled.properties.get(key);
    if (!property) return undefined; // not whitelisted: class-validator names it
    const value = plain[key];
    if (value === null || value === undefined) return undefined; // null stays for the general path's message
    if (Array.isArray(value)) {
      const items: unknown[] = [];
      for (const item of value) {
        const copied = property.type ? buildNested(property.type, item) : primitive(item);
        if (copied === undefined) return undefined;
        items.push(copied);
      }
      instance[key] = items;
    } else if (typeof value === 'object') {
      if (!property.type) return undefined;
      const nested = buildNested(property.type, value);
      if (nested === undefined) return undefined;
      instance[key] = nested;
    } else instance[key] = value;
  }
  return instance;
}

function buildNested(type: DtoClass, value: unknown): object | undefined {
  const compiled = compiledByClass.get(type);
  return compiled && isPlainObject(value) ? build(compiled, value) : undefined;
}

const primitive = (item: unknown) =>
  typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean' ? item : undefined;

/** class-validator's executor (whitelist, forbidNonWhitelisted, no groups) as a yes/no. */
function valid(compiled: Compiled, instance: object): boolean {
  const object = instance as Record<string, unknown>;
  for (const key of Object.keys(object)) if (!compiled.properties.has(key)) return false;
  for (const property of compiled.properties.values())
    if (!validProperty(object, object[property.name], property)) return false;
  return true;
}

function validProperty(object: object, value: unknown, property: Property): boolean {
  for (const condition of property.conditions)
    if (!(condition.constraints[0] as (o: object, v: unknown) => boolean)(object, value)) return true;
  if (!passes(object, value, property.defined)) return false;
  if (!passes(object, value, property.custom)) return false;
  if (property.nested && value !== undefined) {
    const items = Array.isArray(value) ? value : [value];
    for (const item of items) {
      if (typeof item !== 'object' || item === null) return false;
      const nested = compiledByClass.get(item.constructor);
      if (!nested || !valid(nested, item)) return false;
    }
  }
  return true;
}

function passes(object: object, value: unknown, checks: Check[]): boolean {
  for (const { meta, constraints } of checks) {
    if (meta.validateIf && !meta.validateIf(object, value)) continue;
    const args = {
      targetName: object.constructor.name,
      property: meta.propertyName,
      object,
      value,
      constraints: meta.constraints,
    };
    for (const constraint of constraints) {
      if (meta.each && Array.isArray(value)) {
        for (const item of value) if (constraint.validate(item, args) !== true) return false;
      } else if (constraint.validate(value, args) !== true) return false;
    }
  }
  return true;
}
