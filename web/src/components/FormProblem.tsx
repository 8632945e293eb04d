import { needsGeneralAlert, otherFieldErrors } from '../lib/use-form-fields';
import { ProblemAlert } from './ProblemAlert';

/** A form's general alert: shown unless every problem is already next to its input. */
export function FormProblem({ error, fields, title }: { error: unknown; fields: readonly string[]; title: string }) {
  if (!needsGeneralAlert(error, fields)) return null;
  return <ProblemAlert error={error} title={title} fieldErrors={otherFieldErrors(error, fields)} />;
}
