import type { FastifyReply } from 'fastify';
import { withPosition } from '../../http/position';
import type { CategoryListResult } from './category-list';

/** `{ slug, label, status, changed, position }`; the ETag is the list's revision (send it as If-Match). */
export function categoryReply(reply: FastifyReply, result: CategoryListResult) {
  void reply.header('etag', `"${result.revision}"`);
  const { slug, label, status, changed } = result;
  return withPosition(reply, result.position, { slug, label, status, changed });
}
