/**
 * Dotted-path access for update operators, as MongoDB resolves update paths: objects by key,
 * arrays only by numeric index; creating a field inside a scalar is an error.
 */
import type { PlainObject } from './values';

type Container = PlainObject | unknown[];

const isIndex = (segment: string): boolean => /^\d+$/.test(segment);

function child(container: Container, segment: string): unknown {
  if (Array.isArray(container)) return isIndex(segment) ? container[Number(segment)] : undefined;
  return container[segment];
}

export function getPath(doc: PlainObject, path: string): unknown {
  if (!path.includes('.')) return doc[path];
  let current: unknown = doc;
  for (const segment of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = child(current as Container, segment);
  }
  return current;
}

export function hasPath(doc: PlainObject, path: string): boolean {
  const segments = path.split('.');
  const last = segments.pop() as string;
  let current: unknown = doc;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return false;
    current = child(current as Container, segment);
  }
  if (current === null || typeof current !== 'object') return false;
  if (Array.isArray(current)) return isIndex(last) && Number(last) < current.length;
  return Object.prototype.hasOwnProperty.call(current, last);
}

function assign(container: Container, segment: string, value: unknown, path: string): void {
  if (!Array.isArray(container)) {
    container[segment] = value;
    return;
  }
  if (!isIndex(segment)) throw new Error(`Cannot create field '${segment}' in array at '${path}'`);
  const index = Number(segment);
  while (container.length < index) container.push(null);
  container[index] = value;
}

/** Sets a value at a dotted path, creating missing intermediate objects. */
export function setPath(doc: PlainObject, path: string, value: unknown): void {
  if (!path.includes('.')) {
    doc[path] = value;
    return;
  }
  const segments = path.split('.');
  const last = segments.pop() as string;
  let current: Container = doc;
  for (const segment of segments) {
    let next = child(current, segment);
    if (next === undefined) {
      next = {};
      assign(current, segment, next, path);
    } else if (next === null || typeof next !== 'object' || next instanceof Date) {
      throw new Error(`Cannot create field '${last}' in element {${segment}: ${JSON.stringify(next)}} at '${path}'`);
    }
    current = next as Container;
  }
  assign(current, last, value, path);
}

/** Removes the field at a dotted path; an array element becomes null, as in MongoDB. */
export function unsetPath(doc: PlainObject, path: string): boolean {
  if (!hasPath(doc, path)) return false;
  const segments = path.split('.');
  const last = segments.pop() as string;
  let current: unknown = doc;
  for (const segment of segments) current = child(current as Container, segment);
  if (Array.isArray(current)) current[Number(last)] = null;
  else delete (current as PlainObject)[last];
  return true;
}
