import { HttpException } from '@nestjs/common';
import { InvalidKeyError } from '../file-storage.port';
import { ImageRejectedError } from '../images/image-rejected.error';

const PROBLEM_BASE = 'https://booking.example/problems/';
const TITLES: Record<number, string> = { 400: 'Bad Request', 413: 'Payload Too Large', 415: 'Unsupported Media Type' };

/**
 * For the upload endpoint: an ImageRejectedError (or a bad owner key) as an HttpException whose
 * response carries RFC 9457 problem details, which the platform's ProblemFilter sends as they are
 * (`type` …/problems/media/too-large, `code` media.too-large). Anything else is returned unchanged.
 */
export function toMediaHttpError(error: unknown): unknown {
  if (error instanceof ImageRejectedError) {
    const status = error.status;
    return new HttpException(
      {
        problem: {
          type: PROBLEM_BASE + error.code.replace('.', '/'),
          title: TITLES[status] ?? 'Unprocessable Content',
          status,
          detail: error.message,
          code: error.code,
        },
      },
      status,
    );
  }
  if (error instanceof InvalidKeyError) {
    return new HttpException(
      {
        problem: {
          type: `${PROBLEM_BASE}media/invalid-key`,
          title: TITLES[400],
          status: 400,
          detail: error.message,
          code: 'media.invalid-key',
        },
      },
      400,
    );
  }
  return error;
}
