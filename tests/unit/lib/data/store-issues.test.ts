import { describe, expect, it } from 'vitest';
import { DATA_FOLDER_ISSUE, issuesNotice, storeName } from '../../../../src/lib/data/store-issues';
import type { StoreIssue } from '../../../../src/lib/ipc/contract';

const issue = (store: string): StoreIssue => ({ store, problem: 'it is not valid JSON', movedTo: null });

describe('issuesNotice', () => {
  it('shows nothing when every store was read', () => {
    expect(issuesNotice([])).toBeNull();
  });

  it('says changes cannot be saved when the only issue is a read-only data folder', () => {
    expect(issuesNotice([issue(DATA_FOLDER_ISSUE)])).toEqual({ title: 'Your changes cannot be saved', offerRestore: false });
  });

  it('says data could not be read when a store was unreadable, with or without a read-only folder', () => {
    expect(issuesNotice([issue('settings')])?.title).toBe('Some of your data could not be read');
    expect(issuesNotice([issue(DATA_FOLDER_ISSUE), issue('routines')])?.title).toBe('Some of your data could not be read');
  });

  it('offers a restore only when the history could not be read', () => {
    expect(issuesNotice([issue('history')])?.offerRestore).toBe(true);
    expect(issuesNotice([issue('settings'), issue('history')])?.offerRestore).toBe(true);
    expect(issuesNotice([issue('settings'), issue('routines')])?.offerRestore).toBe(false);
  });
});

describe('storeName', () => {
  it('names stores in the runner’s words, and an unknown one as main named it', () => {
    expect(storeName('history')).toBe('session history');
    expect(storeName('window-state')).toBe('window position');
    expect(storeName('something-new')).toBe('something-new');
    expect(storeName('toString')).toBe('toString');
  });
});
