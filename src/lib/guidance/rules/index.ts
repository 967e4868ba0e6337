/**
 * The guidance rules, one file per topic. Each takes the cleaned history view (and the setup
 * answers where needed) and returns the findings it raises, in plain words of our own.
 */
export { emergencyRule, redFlagRule } from './red-flags';
export { nerveSymptomsRule } from './nerve';
export { persistentPainRule } from './persistent-pain';
export { severePainRule } from './severe-pain';
export { isWorseAfterRun, worseAfterRunRule } from './worse-after-run';
export { distanceAndSpeedRule, longRunSpikeRule } from './load';
export { noRestDayRule, runsPerWeekRule } from './rhythm';
export { backPainTypeRule } from './setup';
