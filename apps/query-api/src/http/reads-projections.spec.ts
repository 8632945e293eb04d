import 'reflect-metadata';
import { ALL_PROJECTIONS } from '@booking/projections';
import { QueryApiModule } from '../query-api.module';
import { READS_PROJECTIONS } from './reads-projections';

describe('@ReadsProjections', () => {
  // A query that declares nothing waits for every projection; one naming a projection that does not
  // exist would wait for it forever (503 on every X-Min-Position).
  it('is declared on every query controller, naming only projections that exist', () => {
    const controllers = QueryApiModule.register({ module: class Projections {} }).controllers ?? [];
    expect(controllers.length).toBeGreaterThan(10);
    const known = new Set<string>(ALL_PROJECTIONS.map((p) => p.name));
    for (const controller of controllers) {
      const declared: unknown = Reflect.getMetadata(READS_PROJECTIONS, controller);
      expect({ controller: controller.name, declared }).toEqual({
        controller: controller.name,
        declared: expect.any(Array),
      });
      expect((declared as string[]).filter((name) => !known.has(name))).toEqual([]);
    }
  });
});
