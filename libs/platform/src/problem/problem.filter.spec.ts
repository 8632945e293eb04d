import { MasterKeyMismatchError, PersonalDataUnavailableError } from '@booking/event-store';
import { PROBLEM_BASE } from './problem';
import { ProblemFilter } from './problem.filter';

describe('ProblemFilter: the personal-data key store', () => {
  const filter = new ProblemFilter();

  it('answers a key store that does not answer with 503 personal-data-unavailable, keeping the cause out', () => {
    const unavailable = new PersonalDataUnavailableError(new Error('connect ECONNREFUSED 10.0.0.7:27017'));
    const { body, headers } = filter.toProblem(unavailable);
    expect(body).toEqual({
      type: `${PROBLEM_BASE}personal-data-unavailable`,
      title: 'Service Unavailable',
      status: 503,
      detail: expect.stringMatching(/Personal data cannot be read or written right now.*retry/),
    });
    expect(headers).toEqual({ 'retry-after': '5' });
    expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|10\.0\.0\.7/);
  });

  it('leaves a wrong master key a 500: a misconfiguration, not something to retry', () => {
    expect(filter.toProblem(new MasterKeyMismatchError('u1')).body).toMatchObject({
      status: 500,
      type: expect.stringMatching(/internal$/),
    });
  });
});
