import { ProblemException, passwordProblems, problem } from '@booking/platform';

/** A 400 naming every rule a new password breaks (`field` is the request field that carried it). */
export function requireStrongPassword(password: string, email: string, field: string): void {
  const problems = passwordProblems(password, email);
  if (problems.length === 0) return;
  throw new ProblemException(
    problem(400, 'validation', 'Invalid request', problems.join('; '), {
      errors: problems.map((message) => ({ field, message })),
    }),
  );
}
