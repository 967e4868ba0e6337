/**
 * The display-sleep blocker belongs to a running routine in the page. When the page reloads or its
 * process dies, that routine is gone without saying so: release the blocker then.
 */
interface PageEvents {
  on(event: 'did-start-navigation', listener: (details: { isMainFrame?: boolean; isSameDocument?: boolean }) => void): unknown;
  on(event: 'render-process-gone', listener: () => void): unknown;
}

export function releaseOnPageChange(contents: PageEvents, release: () => void): void {
  contents.on('did-start-navigation', (details) => {
    if (details.isMainFrame && !details.isSameDocument) release();
  });
  contents.on('render-process-gone', () => release());
}
