import type {
  AnyBulkWriteOperation,
  Collection,
  Filter as MongoFilter,
  FindOptions as MongoFindOptions,
  Document as MongoDocument,
  IndexSpecification,
  OptionalUnlessRequiredId,
  UpdateFilter,
  UpdateResult as MongoUpdateResult,
  WithoutId,
} from 'mongodb';
import type {
  BulkOperation,
  BulkWriteOptions,
  CountedValue,
  DeleteResult,
  Document,
  Filter,
  FindOptions,
  IndexOptions,
  ReadCollection,
  Update,
  UpdateOptions,
  UpdateResult,
  ValueCounts,
} from '../read-store.port';
import { scalarsAt } from '../value-counts';
import { asDuplicateKeyError } from './mongodb-errors';

function findOptions(options: FindOptions): MongoFindOptions {
  const { sort, skip, limit, projection } = options;
  return {
    ...(sort !== undefined && { sort }),
    ...(skip !== undefined && { skip }),
    ...(limit !== undefined && { limit }),
    ...(projection !== undefined && { projection }),
  };
}

const updateResult = (r: MongoUpdateResult | Readonly<UpdateResult>): UpdateResult => ({
  matchedCount: r.matchedCount,
  modifiedCount: r.modifiedCount,
  upsertedCount: r.upsertedCount,
});

/** One collection through the official driver; E11000 becomes the port's DuplicateKeyError. */
export class MongoCollection<T extends Document> implements ReadCollection<T> {
  constructor(private readonly collection: Collection<T>) {}

  get name(): string {
    return this.collection.collectionName;
  }

  find(filter: Filter = {}, options: FindOptions = {}): Promise<T[]> {
    return this.run(
      () => this.collection.find(filter as MongoFilter<T>, findOptions(options)).toArray() as Promise<T[]>,
    );
  }

  findOne(filter: Filter, options: Omit<FindOptions, 'limit'> = {}): Promise<T | null> {
    return this.run(() => this.collection.findOne(filter as MongoFilter<T>, findOptions(options)) as Promise<T | null>);
  }

  countDocuments(filter: Filter = {}): Promise<number> {
    return this.run(() => this.collection.countDocuments(filter as MongoFilter<T>));
  }

  insertOne(document: T): Promise<void> {
    return this.run(async () => {
      await this.collection.insertOne(document as OptionalUnlessRequiredId<T>);
    });
  }

  replaceOne(filter: Filter, replacement: T, options: UpdateOptions = {}): Promise<UpdateResult> {
    return this.run(async () =>
      updateResult(
        await this.collection.replaceOne(filter as MongoFilter<T>, replacement as WithoutId<T>, {
          upsert: options.upsert === true,
        }),
      ),
    );
  }

  updateOne(filter: Filter, update: Update, options: UpdateOptions = {}): Promise<UpdateResult> {
    return this.run(async () =>
      updateResult(
        await this.collection.updateOne(filter as MongoFilter<T>, update as UpdateFilter<T>, {
          upsert: options.upsert === true,
        }),
      ),
    );
  }

  updateMany(filter: Filter, update: Update): Promise<UpdateResult> {
    return this.run(async () =>
      updateResult(await this.collection.updateMany(filter as MongoFilter<T>, update as UpdateFilter<T>)),
    );
  }

  deleteOne(filter: Filter): Promise<DeleteResult> {
    return this.run(async () => ({
      deletedCount: (await this.collection.deleteOne(filter as MongoFilter<T>)).deletedCount,
    }));
  }

  deleteMany(filter: Filter = {}): Promise<DeleteResult> {
    return this.run(async () => ({
      deletedCount: (await this.collection.deleteMany(filter as MongoFilter<T>)).deletedCount,
    }));
  }

  /** One read of the matching documents' `paths`, counted here (FerretDB v1 has no `$facet`). */
  async countValues(filter: Filter, paths: readonly string[]): Promise<ValueCounts> {
    const docs = await this.find(filter, { projection: Object.fromEntries(paths.map((path) => [path, 1])) });
    const values: Record<string, Map<CountedValue, number>> = Object.fromEntries(
      paths.map((path) => [path, new Map()]),
    );
    for (const doc of docs) {
      for (const path of paths) {
        const counts = values[path];
        for (const value of scalarsAt(doc, path)) counts.set(value, (counts.get(value) ?? 0) + 1);
      }
    }
    return { total: docs.length, values };
  }

  documentsById(ids: readonly string[]): Promise<T[]> {
    return this.find({ _id: { $in: [...ids] } });
  }

  /** `handOver` changes nothing here: the driver sends the documents away. */
  bulkWrite(operations: readonly BulkOperation<T>[], _options?: BulkWriteOptions): Promise<void> {
    if (operations.length === 0) return Promise.resolve();
    return this.run(async () => {
      await this.collection.bulkWrite(operations as unknown as AnyBulkWriteOperation<T>[], { ordered: true });
    });
  }

  aggregate<R = Document>(pipeline: readonly Record<string, unknown>[]): Promise<R[]> {
    return this.run(() => this.collection.aggregate<MongoDocument>([...pipeline]).toArray() as Promise<R[]>);
  }

  createIndex(keys: Record<string, 1 | -1 | 'text'>, options: IndexOptions = {}): Promise<string> {
    const { unique, name } = options;
    return this.run(() =>
      this.collection.createIndex(keys as IndexSpecification, {
        ...(unique !== undefined && { unique }),
        ...(name !== undefined && { name }),
      }),
    );
  }

  private async run<R>(work: () => Promise<R>): Promise<R> {
    try {
      return await work();
    } catch (error) {
      throw asDuplicateKeyError(this.name, error) ?? error;
    }
  }
}
