/** App-wide security handlers from Electron's checklist: no navigation, no new windows, no permissions. */
import { app, session } from 'electron';
import { isTrustedSender } from './sender';

export function hardenApp(appPageUrl: string): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (navigation) => {
      if (!isTrustedSender(navigation.url, appPageUrl)) navigation.preventDefault();
    });
    contents.on('will-attach-webview', (attach) => attach.preventDefault());
    // The app links to nothing outside itself: no new windows, and shell.openExternal is never called.
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);
  });
}
