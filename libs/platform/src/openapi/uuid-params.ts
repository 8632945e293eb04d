import { ParseUUIDPipe, type INestApplication } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { ParameterObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

type RouteArgument = { index: number; data?: unknown; pipes?: unknown[] };

/**
 * Path parameters bound through ParseUUIDPipe are declared `format: uuid`: the document reads the
 * pipes the routes really use (operation ids are `Controller_method`, @nestjs/swagger's default).
 */
export function markUuidParams(app: INestApplication, document: OpenAPIObject): void {
  const uuidParams = new Map<string, Set<string>>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const { metatype } of module.controllers.values()) {
      if (typeof metatype !== 'function') continue;
      const prototype = metatype.prototype as Record<string, unknown>;
      for (const method of Object.getOwnPropertyNames(prototype)) {
        const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, metatype, method) ?? {}) as Record<
          string,
          RouteArgument
        >;
        const names = Object.entries(args)
          .filter(([key, arg]) => key.startsWith(`${RouteParamtypes.PARAM}:`) && typeof arg.data === 'string')
          .filter(([, arg]) => arg.pipes?.some((pipe) => pipe instanceof ParseUUIDPipe || pipe === ParseUUIDPipe))
          .map(([, arg]) => arg.data as string);
        if (names.length) uuidParams.set(`${metatype.name}_${method}`, new Set(names));
      }
    }
  }
  for (const item of Object.values(document.paths)) {
    for (const operation of [item.get, item.put, item.post, item.delete, item.patch]) {
      const names = operation?.operationId ? uuidParams.get(operation.operationId) : undefined;
      if (!names) continue;
      for (const parameter of (operation?.parameters ?? []) as ParameterObject[]) {
        if (parameter.in === 'path' && names.has(parameter.name))
          parameter.schema = { ...parameter.schema, type: 'string', format: 'uuid' };
      }
    }
  }
}
