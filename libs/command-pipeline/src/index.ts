export * from './write-model';
export * from './write-models';
export * from './command-pipeline';
export * from './command-pipeline.module';
export * from './idempotency-store';
export * from './policies/open-inventory.policy';
export * from './email-key';
export * from './accounts/account-registration';
