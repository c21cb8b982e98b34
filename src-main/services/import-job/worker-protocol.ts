/** The messages between the worker pool and an import worker thread: plain data, nothing else. */
import type { ImportUnit, UnitLimits, UnitOutcome } from './import-unit';

export interface WorkerRequest {
  taskId: number;
  unit: ImportUnit;
  limits: UnitLimits;
}

export interface WorkerResponse {
  taskId: number;
  outcome: UnitOutcome;
}
