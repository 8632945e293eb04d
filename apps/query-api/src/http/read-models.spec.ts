import { NotFoundException } from '@nestjs/common';
import { ProblemException } from '@booking/platform';
import { readModelsWith } from '../testing/read-models.fixture';

describe('ReadModels', () => {
  const doc = { _id: 'e1', _position: 7, title: 'Fado night' };

  it('finds a document of a projection by id, or null', async () => {
    const readModels = await readModelsWith({ 'catalog-events': [doc] });
    expect(await readModels.findById('catalog-events', 'e1')).toEqual(doc);
    expect(await readModels.findById('catalog-events', 'e2')).toBeNull();
  });

  it('answers 404 with the given message for a document that is not there', async () => {
    const readModels = await readModelsWith({ 'catalog-events': [doc] });
    expect(await readModels.getById('catalog-events', 'e1', 'none')).toEqual(doc);
    const missing = readModels.getById('catalog-events', 'e2', 'Event e2 not found');
    await expect(missing).rejects.toThrow(NotFoundException);
    await expect(missing).rejects.toThrow('Event e2 not found');
  });

  it('answers 503 read-model-building while a projection has no live collection', async () => {
    const readModels = await readModelsWith({ 'catalog-events': [doc] }, ['catalog-events']);
    const building = readModels.getById('catalog-events', 'e1', 'none');
    await expect(building).rejects.toThrow(ProblemException);
    await expect(building).rejects.toMatchObject({
      problem: { status: 503, type: expect.stringContaining('read-model-building') },
    });
  });
});
