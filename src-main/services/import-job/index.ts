/** Import jobs: what the bridge's import handlers use. */
export { ImportJobRegistry, TooManyJobsError, type RegistryOptions } from './job-registry';
export { createUnitRunner, defaultPoolSize, type UnitRunner } from './unit-runner';
export type { ImportUnit, UnitOutcome } from './import-unit';
export type { JobSource } from './job-source';
