import 'reflect-metadata';
import { ValidationPipe } from '@nestjs/common';
import { validationPipe } from '@booking/platform';
import { ListEventsRequest } from '../../query-api/src/catalog/list-events/list-events.request';

/**
 * A query string is validated by class-validator once per DTO class (libs/platform/src/http/validation.ts):
 * a repeat is answered from memory, as a copy of its own, and a refusal is never kept.
 */
describe('query validation, remembered', () => {
  const query = (params: Record<string, string>) =>
    validationPipe.transform({ ...params }, { type: 'query', metatype: ListEventsRequest });

  it('answers a repeated query string without class-validator, each caller with its own copy', async () => {
    const classValidator = jest.spyOn(ValidationPipe.prototype, 'transform');
    const params = { tags: 'jazz,blues', category: 'music', lat: '52.37', lng: '4.9', radiusKm: '25' };
    const first = (await query(params)) as ListEventsRequest;
    const calls = classValidator.mock.calls.length;
    const second = (await query(params)) as ListEventsRequest;
    expect(classValidator.mock.calls.length).toBe(calls); // not validated again
    expect(second).toBeInstanceOf(ListEventsRequest);
    expect(second).toEqual(first);
    expect(second.tags).toEqual(['jazz', 'blues']);
    second.tags!.push('changed by a handler');
    expect(((await query(params)) as ListEventsRequest).tags).toEqual(['jazz', 'blues']);
    await query({ ...params, category: 'theatre' }); // another string: validated
    expect(classValidator.mock.calls.length).toBe(calls + 1);
    classValidator.mockRestore();
  });

  it("refuses a bad query string every time it is asked, with class-validator's words", async () => {
    for (let i = 0; i < 2; i++)
      await expect(query({ category: 'Not A Slug' })).rejects.toMatchObject({
        problem: { status: 400, detail: expect.stringContaining('category must be a category slug') },
      });
    await expect(query({ unknown: '1' })).rejects.toMatchObject({
      problem: { detail: expect.stringContaining('unknown field unknown') },
    });
  });
});
