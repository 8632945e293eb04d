import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { ProblemException, problem } from '../problem/problem';

function flatten(errors: ValidationError[], parent = ''): { field: string; message: string }[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: message.replace(/^property (\S+) should not exist$/, 'unknown field $1 is not allowed'),
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** class-validator with unknown fields rejected; failures become a 400 problem naming each field. */
export const validationPipe = new ValidationPipe({
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  transformOptions: { enableImplicitConversion: false },
  exceptionFactory: (errors) => {
    const list = flatten(errors);
    return new ProblemException(
      problem(
        400,
        'validation',
        'Invalid request',
        list.map((e) => `${e.field}: ${e.message}`).join('; ') || 'Invalid request body',
        {
          errors: list,
        },
      ),
    );
  },
});
