import { Transform } from 'class-transformer';

/**
 * A number from a query string. `?priceMin=` (empty) is no number: it becomes NaN, which the
 * field's @IsInt/@IsNumber refuses with a 400, where class-transformer's Number('') would have
 * quietly read 0.
 */
export const QueryNumber = () =>
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? (value.trim() === '' ? Number.NaN : Number(value)) : value,
  );
