export * from './write-model';
export * from './write-models';
export * from './command-pipeline';
export * from './command-pipeline.module';
export * from './idempotency-store';
export * from './read-state';
