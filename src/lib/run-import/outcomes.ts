/**
 * What became of an imported run file, as the runner is told. A run is in the diary when it was
 * added as its own session or filled into that day's check-in; a duplicate or a refusal is not.
 */
import type { RunFileOutcome } from './plan';

export function runWasSaved(outcome: RunFileOutcome): boolean {
  return outcome.status === 'added' || outcome.status === 'filled';
}

export function savedRunCount(outcomes: readonly RunFileOutcome[]): number {
  return outcomes.filter(runWasSaved).length;
}
