import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { releaseOnPageChange } from '../../../../electron/main/keep-awake';

describe('the keep-awake blocker and the page', () => {
  it('is released when the page reloads or its process dies mid-routine, not on in-page navigation', () => {
    const contents = new EventEmitter();
    let releases = 0;
    releaseOnPageChange(contents, () => releases++);
    contents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: true }); // a hash change
    contents.emit('did-start-navigation', { isMainFrame: false, isSameDocument: false }); // a subframe
    expect(releases).toBe(0);
    contents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: false }); // reload
    expect(releases).toBe(1);
    contents.emit('render-process-gone', {}, { reason: 'crashed' });
    expect(releases).toBe(2);
  });
});
