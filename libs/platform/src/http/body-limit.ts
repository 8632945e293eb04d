import { RouteConfig } from '@nestjs/platform-fastify';

/** Raises the JSON body limit of one route above the default 256 KiB (createHttpApp applies it). */
export function BodyLimit(bytes: number) {
  return RouteConfig({ bodyLimit: bytes });
}
