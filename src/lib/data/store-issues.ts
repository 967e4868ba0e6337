/** What the launch's store issues mean for the runner: the notice's title, its names, and whether a restore is offered. */
import type { StoreIssue } from '../ipc/contract';

/** The StoreIssue.store of a data folder that cannot be written: nothing changed is kept this time. */
export const DATA_FOLDER_ISSUE = 'data-folder';

const STORE_NAMES: Readonly<Record<string, string>> = {
  settings: 'settings',
  routines: 'routines',
  movements: 'your own movements',
  history: 'session history',
  player: 'routine in progress',
  guidance: 'dismissed advice',
  'window-state': 'window position',
  pending: 'unsaved check-in',
};

/** A store's name in the runner's words (an unknown one as main named it). */
export function storeName(store: string): string {
  return Object.hasOwn(STORE_NAMES, store) ? STORE_NAMES[store]! : store;
}

export interface IssuesNotice {
  title: string;
  /** The history could not be read: a backup may bring it back. */
  offerRestore: boolean;
}

/** The notice for the issues, or null when there are none. A read-only folder alone is about saving, not reading. */
export function issuesNotice(issues: readonly StoreIssue[]): IssuesNotice | null {
  if (issues.length === 0) return null;
  const readOnlyOnly = issues.length === 1 && issues[0]!.store === DATA_FOLDER_ISSUE;
  return {
    title: readOnlyOnly ? 'Your changes cannot be saved' : 'Some of your data could not be read',
    offerRestore: issues.some((i) => i.store === 'history'),
  };
}
