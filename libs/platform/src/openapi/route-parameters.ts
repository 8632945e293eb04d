import { ParseUUIDPipe, type INestApplication, type Type } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { ParameterObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { MAX_PATH_PARAMETER } from '../http/path-parameters';
import { constrainProperty, validatedProperties } from './validation-constraints';

type RouteArgument = { index: number; data?: unknown; pipes?: unknown[] };
type RouteParameters = { uuids: Set<string>; query?: Type<unknown> };

/**
 * Parameters as the routes really bind them: path parameters through ParseUUIDPipe are
 * `format: uuid`, and query parameters carry the class-validator constraints of the @Query() DTO.
 * Operations are found by id (`Controller_method`, @nestjs/swagger's default).
 */
export function describeRouteParameters(app: INestApplication, document: OpenAPIObject): void {
  const routes = routeParameters(app);
  for (const item of Object.values(document.paths)) {
    for (const operation of [item.get, item.put, item.post, item.delete, item.patch]) {
      const route = operation?.operationId ? routes.get(operation.operationId) : undefined;
      if (!operation || !route) continue;
      const query = route.query ? validatedProperties(route.query) : new Map();
      for (const parameter of (operation.parameters ?? []) as ParameterObject[]) {
        if (parameter.in === 'path' && route.uuids.has(parameter.name))
          parameter.schema = { ...parameter.schema, type: 'string', format: 'uuid' };
        else if (parameter.in === 'path') parameter.schema = boundedPathParameter(parameter.schema);
        const constraints = parameter.in === 'query' ? query.get(parameter.name) : undefined;
        if (constraints && parameter.schema) constrainProperty(parameter.schema, constraints);
      }
    }
  }
}

/** A path parameter no pipe parses is still bounded: the router refuses longer ones (400). */
function boundedPathParameter(schema: ParameterObject['schema']): ParameterObject['schema'] {
  const declared = (schema ?? {}) as { maxLength?: number; enum?: unknown[] };
  if (declared.enum) return schema;
  return {
    type: 'string',
    ...schema,
    minLength: 1,
    maxLength: Math.min(declared.maxLength ?? MAX_PATH_PARAMETER, MAX_PATH_PARAMETER),
  };
}

function routeParameters(app: INestApplication): Map<string, RouteParameters> {
  const routes = new Map<string, RouteParameters>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const { metatype } of module.controllers.values()) {
      if (typeof metatype !== 'function') continue;
      for (const method of Object.getOwnPropertyNames(metatype.prototype)) {
        const args = Object.entries(
          (Reflect.getMetadata(ROUTE_ARGS_METADATA, metatype, method) ?? {}) as Record<string, RouteArgument>,
        );
        const types = (Reflect.getMetadata('design:paramtypes', metatype.prototype, method) ?? []) as unknown[];
        const uuids = args
          .filter(([key, arg]) => key.startsWith(`${RouteParamtypes.PARAM}:`) && typeof arg.data === 'string')
          .filter(([, arg]) => arg.pipes?.some((pipe) => pipe instanceof ParseUUIDPipe || pipe === ParseUUIDPipe))
          .map(([, arg]) => arg.data as string);
        const query = args.find(([key, arg]) => key.startsWith(`${RouteParamtypes.QUERY}:`) && arg.data === undefined);
        const queryType = query ? types[query[1].index] : undefined;
        routes.set(`${metatype.name}_${method}`, {
          uuids: new Set(uuids),
          ...(typeof queryType === 'function' && queryType !== Object ? { query: queryType as Type<unknown> } : {}),
        });
      }
    }
  }
  return routes;
}
