import type { FastifyReply } from 'fastify';

/** Headers of a file the browser saves (a ticket PDF, a calendar file): private to its reader, never cached. */
export function asAttachment(reply: FastifyReply, contentType: string, filename: string): void {
  reply
    .header('content-type', contentType)
    .header('content-disposition', `attachment; filename="${filename}"`)
    .header('cache-control', 'private, no-store');
}
