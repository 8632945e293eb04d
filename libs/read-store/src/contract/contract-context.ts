import type { Document, ReadCollection, ReadStore } from '../read-store.port';

/** What each group of contract cases is given (its own file, so the cases need not import the contract back). */
export type ContractContext = Readonly<{
  store: () => ReadStore;
  /** A collection of its own for one test (or one describe), named under the run's prefix. */
  collection: <T extends Document = Document>(label: string) => ReadCollection<T>;
  /** `it`, or `it.skip` where the store is known not to support the case. */
  itBeyondFerretDb: jest.It;
}>;
