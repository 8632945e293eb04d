import { HttpException } from '@nestjs/common';
import { InvalidKeyError } from '../file-storage.port';
import { ImageRejectedError } from '../images/image-rejected.error';
import { toMediaHttpError } from './media-problem';

describe('toMediaHttpError', () => {
  it.each([
    ['media.too-large', 413],
    ['media.unsupported-type', 415],
    ['media.too-many-pixels', 422],
    ['media.unreadable', 422],
  ] as const)('maps %s to %i problem details', (code, status) => {
    const mapped = toMediaHttpError(new ImageRejectedError(code, 'why')) as HttpException;
    expect(mapped).toBeInstanceOf(HttpException);
    expect(mapped.getStatus()).toBe(status);
    expect(mapped.getResponse()).toEqual({
      problem: expect.objectContaining({
        type: `https://booking.example/problems/${code.replace('.', '/')}`,
        status,
        detail: 'why',
        code,
      }),
    });
  });

  it('maps an invalid owner key to 400 and leaves other errors alone', () => {
    expect((toMediaHttpError(new InvalidKeyError('../x', 'bad')) as HttpException).getStatus()).toBe(400);
    const other = new Error('disk full');
    expect(toMediaHttpError(other)).toBe(other);
  });
});
