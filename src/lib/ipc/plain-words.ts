/**
 * Main's refusals in the runner's words. Main sends plain words and, for refused values, `issues`
 * naming each field by path; the words for those paths come from the one table in field-words.ts.
 * Nothing technical from a crash (code, data URLs) is shown.
 */
import { errorMessage } from '../errors';
import { IpcCallError } from './api';
import type { IpcIssue } from './contract';
import { issuesSentence, SOMETHING_WENT_WRONG } from './field-words';

export { SOMETHING_WENT_WRONG };

/** The refused values of a call main refused; none for any other error. */
export function issuesOf(error: unknown): IpcIssue[] {
  return error instanceof IpcCallError ? error.issues : [];
}

/**
 * One line for a refusal: each refused value as a sentence that names its field, else main's own
 * words; an app failure (code "internal") only in general words.
 */
export function plainRefusal(error: unknown): string {
  if (error instanceof IpcCallError && error.code === 'internal') return SOMETHING_WENT_WRONG;
  const issues = issuesOf(error);
  const text = issues.length > 0 ? issuesSentence(issues) : errorMessage(error);
  return text.replace(/data:[^\s)]+/g, '(file contents)') || SOMETHING_WENT_WRONG;
}
