import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '@booking/domain';
import {
  IdempotencyViolationError,
  PersonalDataUnavailableError,
  WrongExpectedRevisionError,
} from '@booking/event-store';
import { type ProblemDetails, ProblemException, problem } from './problem';

const DOMAIN_STATUS: Record<DomainError['kind'], number> = {
  validation: 422,
  'not-found': 404,
  conflict: 409,
  forbidden: 403,
  precondition: 412,
  unauthenticated: 401,
};

/** Every error leaves as application/problem+json with a stable type; never a stack trace. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest>();
    const { body, headers } = this.toProblem(exception);
    body.instance = request.url;
    if (exception instanceof PersonalDataUnavailableError)
      this.logger.warn({ err: exception, url: request.url }, 'personal-data key store unavailable');
    else if (body.status >= 500 && !(exception instanceof ProblemException))
      this.logger.error({ err: exception, url: request.url }, 'unhandled error');
    if (reply.sent) return;
    reply
      .status(body.status)
      .headers({ ...headers, 'content-type': 'application/problem+json' })
      .send(body);
  }

  toProblem(exception: unknown): { body: ProblemDetails; headers: Record<string, string> } {
    if (exception instanceof ProblemException) return { body: { ...exception.problem }, headers: exception.headers };
    if (exception instanceof DomainError) {
      const status = DOMAIN_STATUS[exception.kind];
      const field = typeof exception.details.field === 'string' ? exception.details.field : undefined;
      return {
        // Details extend the problem; they never replace its standard members (a detail named
        // `status` once turned a 409 into an invalid status code).
        body: problem(status, exception.code.replace('.', '/'), titleFor(status), exception.message, {
          ...withoutField(exception.details),
          code: exception.code,
          ...(field ? { errors: [{ field, message: exception.message }] } : {}),
        }),
        headers: {},
      };
    }
    if (exception instanceof WrongExpectedRevisionError) {
      return {
        body: problem(
          409,
          'concurrency-conflict',
          'Conflict',
          'The resource changed while the request was processed; retry',
          {
            code: 'concurrency.conflict',
          },
        ),
        headers: {},
      };
    }
    if (exception instanceof PersonalDataUnavailableError) {
      // A dependency that did not answer, not a bug: the client may retry (the cause is logged, not sent).
      return {
        body: problem(
          503,
          'personal-data-unavailable',
          'Service Unavailable',
          'Personal data cannot be read or written right now (its key store does not answer); retry shortly',
        ),
        headers: { 'retry-after': '5' },
      };
    }
    if (exception instanceof IdempotencyViolationError) {
      return { body: problem(409, 'duplicate-event', 'Conflict', exception.message), headers: {} };
    }
    if (exception instanceof HttpException) return { body: fromHttpException(exception), headers: {} };
    const fastifyError = exception as { statusCode?: number; code?: string; message?: string };
    if (
      typeof fastifyError?.statusCode === 'number' &&
      fastifyError.statusCode >= 400 &&
      fastifyError.statusCode < 500
    ) {
      return { body: fromFastifyError(fastifyError.statusCode, fastifyError.code, fastifyError.message), headers: {} };
    }
    return { body: problem(500, 'internal', 'Internal Server Error', 'An unexpected error occurred'), headers: {} };
  }
}

function fromHttpException(exception: HttpException): ProblemDetails {
  const status = exception.getStatus();
  const response = exception.getResponse();
  if (typeof response === 'object' && response && 'problem' in response)
    return (response as { problem: ProblemDetails }).problem;
  const message = typeof response === 'object' && response ? (response as { message?: unknown }).message : response;
  if (Array.isArray(message)) {
    const errors = message.map((m) => ({ field: String(m).split(' ')[0], message: String(m) }));
    return problem(status, 'validation', 'Invalid request', errors.map((e) => e.message).join('; '), { errors });
  }
  if (
    status === 400 &&
    typeof message === 'string' &&
    /not valid JSON|Unexpected .* JSON|JSON at position/i.test(message)
  ) {
    return problem(400, 'malformed-json', 'Malformed JSON', 'The request body is not valid JSON');
  }
  if (status === 413) return problem(413, 'body-too-large', 'Payload Too Large', 'The request body is too large');
  if (status === 415) return problem(415, 'unsupported-media-type', 'Unsupported Media Type', 'Send application/json');
  const slug =
    status === 401 ? 'unauthorized' : status === 403 ? 'forbidden' : status === 404 ? 'not-found' : 'http-error';
  const detail = typeof message === 'string' ? message : exception.message;
  return problem(status, slug, titleFor(status), status === 401 ? 'A valid bearer token is required' : detail);
}

function fromFastifyError(status: number, code: string | undefined, message: string | undefined): ProblemDetails {
  switch (code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return problem(400, 'malformed-json', 'Malformed JSON', 'The request body is not valid JSON');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return problem(413, 'body-too-large', 'Payload Too Large', 'The request body is too large');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return problem(415, 'unsupported-media-type', 'Unsupported Media Type', 'Send application/json');
    default:
      return problem(status, 'bad-request', titleFor(status), message ?? 'Bad request');
  }
}

function titleFor(status: number): string {
  const titles: Record<number, string> = {
    400: 'Bad Request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not Found',
    409: 'Conflict',
    412: 'Precondition Failed',
    413: 'Payload Too Large',
    415: 'Unsupported Media Type',
    422: 'Unprocessable Content',
    429: 'Too Many Requests',
    503: 'Service Unavailable',
  };
  return titles[status] ?? 'Error';
}

function withoutField(details: Record<string, unknown>): Record<string, unknown> {
  const { field: _field, ...rest } = details;
  return rest;
}
