export * from './projection';
export * from './read-models';
export * from './runner/projection-runner';
export * from './runner/projection-worker';
export * from './runner/read-model-directory';
export * from './runner/stored-directory';
export * from './runner/schemas';
export * from './nest/projections.module';
