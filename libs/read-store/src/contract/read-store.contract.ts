import { randomUUID } from 'node:crypto';
import type { Document, ReadStore } from '../read-store.port';
import { aggregateCases } from './aggregate.cases';
import { collectionCases } from './collection.cases';
import { countValuesCases } from './count-values.cases';
import { indexCases } from './index.cases';
import { queryCases } from './query.cases';
import { updateCases } from './update.cases';
import { writeCases } from './write.cases';
import type { ContractContext } from './contract-context';

export type ReadStoreContractOptions = Readonly<{
  /**
   * The store is FerretDB v1: skip the cases it is known to lack or get wrong (listed in
   * libs/read-store/README.md). They still run against MongoDB and the memory adapter.
   */
  ferretDbV1?: boolean;
}>;

/**
 * The behaviour every ReadStore adapter must show: MongoDB's semantics for the subset of the
 * collection API in the port. Collections are named under a per-run prefix (and dropped at the
 * end), so the suite also runs against a shared server that already holds other data.
 */
export function readStoreContract(
  name: string,
  open: () => Promise<ReadStore>,
  options: ReadStoreContractOptions = {},
): void {
  describe(`ReadStore contract: ${name}`, () => {
    let store: ReadStore | undefined;
    const prefix = `rsc_${randomUUID().slice(0, 8)}_`;
    let counter = 0;
    const context: ContractContext = {
      store: () => {
        if (store === undefined) throw new Error('store not open');
        return store;
      },
      collection: <T extends Document = Document>(label: string) =>
        context.store().collection<T>(`${prefix}${label}_${++counter}`),
      itBeyondFerretDb: options.ferretDbV1 === true ? it.skip : it,
    };

    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      if (store === undefined) return;
      for (const collection of await store.listCollections()) {
        if (collection.startsWith(prefix)) await store.dropCollection(collection);
      }
      await store.close();
    });

    queryCases(context);
    writeCases(context);
    updateCases(context);
    collectionCases(context);
    indexCases(context);
    aggregateCases(context);
    countValuesCases(context);
  });
}
