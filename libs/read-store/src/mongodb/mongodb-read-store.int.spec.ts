import { readStoreContract } from '../contract/read-store.contract';
import { type MongoServer, mongoTestTarget } from '../testing/mongo-test-target';
import { MongoReadStore } from './mongodb-read-store';

/** The contract against a real MongoDB-wire server (see mongoTestTarget for where it comes from). */
const target = mongoTestTarget('MongoDB read store contract');
if (target) {
  let server: MongoServer | undefined;
  beforeAll(async () => {
    server = await target.start();
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });
  readStoreContract(
    `MongoDB driver ${target.label}`,
    () => MongoReadStore.connect({ url: server!.url, database: 'read_store_contract' }),
    { ferretDbV1: target.isFerretDb },
  );
}
