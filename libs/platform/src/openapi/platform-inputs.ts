import type { OpenAPIObject } from '@nestjs/swagger';
import type {
  OperationObject,
  ParameterObject,
  ReferenceObject,
  RequestBodyObject,
  SchemaObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** What the platform's pipes and interceptors take, whatever the handler declares. */
export function describePlatformInputs(document: OpenAPIObject): void {
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      describeMinPosition(operation);
      optionalBodyWithoutRequiredFields(operation, document);
    }
  }
}

/** ?minPosition= is checked by the query API's consistency guard on every GET: a position. */
function describeMinPosition(operation: OperationObject): void {
  for (const parameter of (operation.parameters ?? []) as ParameterObject[]) {
    if (parameter.in === 'query' && parameter.name === 'minPosition')
      parameter.schema = { ...parameter.schema, type: 'string', pattern: '^\\d{1,19}$' };
  }
}

/**
 * The validation pipe reads a missing JSON body as `{}`: where the DTO requires no field (PATCH of
 * an event, refresh, logout), no body is a valid request, and the document says so.
 */
function optionalBodyWithoutRequiredFields(operation: OperationObject, document: OpenAPIObject): void {
  const body = operation.requestBody as RequestBodyObject | undefined;
  const ref = (body?.content?.['application/json']?.schema as ReferenceObject | undefined)?.$ref;
  const schema = ref ? (document.components?.schemas?.[ref.split('/').pop()!] as SchemaObject | undefined) : undefined;
  if (body && schema && !schema.required?.length) body.required = false;
}
