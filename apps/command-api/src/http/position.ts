import type { FastifyReply } from 'fastify';

/** Every command answer carries the global position it reached (body and X-Position header). */
export function withPosition<T extends object>(
  reply: FastifyReply,
  position: bigint,
  body: T,
): T & { position: string } {
  void reply.header('x-position', String(position));
  return { ...body, position: String(position) };
}
