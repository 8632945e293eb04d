import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { READ_MODEL_DIRECTORY, type ReadModelDirectory } from '@booking/projections';
import { READ_STORE, type Document, type ReadCollection, type ReadStore } from '@booking/read-store';
import { ProblemException, problem } from '@booking/platform';

/** Queries reach a projection through its name; the directory says which collection is live. */
@Injectable()
export class ReadModels {
  constructor(
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(READ_MODEL_DIRECTORY) readonly directory: ReadModelDirectory,
  ) {}

  async collection<T extends Document>(projection: string): Promise<ReadCollection<T>> {
    const name = await this.directory.collectionName(projection);
    if (!name) {
      throw new ProblemException(
        problem(503, 'read-model-building', 'Service Unavailable', `The ${projection} read model is still being built`),
        { 'retry-after': '1' },
      );
    }
    return this.readStore.collection<T>(name);
  }

  /** One document of a projection by id, or null. */
  async findById<T extends Document>(projection: string, id: string): Promise<T | null> {
    return (await this.collection<T>(projection)).findOne({ _id: id });
  }

  /** One document of a projection by id; a 404 saying `missing` when there is none. */
  async getById<T extends Document>(projection: string, id: string, missing: string): Promise<T> {
    const doc = await this.findById<T>(projection, id);
    if (!doc) throw new NotFoundException(missing);
    return doc;
  }
}
