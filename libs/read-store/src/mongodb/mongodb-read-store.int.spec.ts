import { readStoreContract } from '../contract/read-store.contract';
import { mongoTestTarget, useMongoServer } from '../testing/mongo-test-target';
import { MongoReadStore } from './mongodb-read-store';

/** The contract against a real MongoDB-wire server (see mongoTestTarget for where it comes from). */
const target = mongoTestTarget('MongoDB read store contract');
if (target) {
  const url = useMongoServer(target);
  readStoreContract(
    `MongoDB driver ${target.label}`,
    () => MongoReadStore.connect({ url: url(), database: 'read_store_contract' }),
    { ferretDbV1: target.isFerretDb },
  );
}
