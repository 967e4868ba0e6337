/** App-wide security handlers from Electron's checklist: no navigation, no new windows, no permissions. */
import { app, session, shell } from 'electron';
import { isTrustedSender } from './sender';

/** The only external links the app opens, in the system browser. */
const EXTERNAL_ALLOWLIST = [/^https:\/\/www\.acsm\.org\//];

export function hardenApp(appPageUrl: string): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (navigation) => {
      if (!isTrustedSender(navigation.url, appPageUrl)) navigation.preventDefault();
    });
    contents.on('will-attach-webview', (attach) => attach.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (EXTERNAL_ALLOWLIST.some((pattern) => pattern.test(url))) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
  app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);
  });
}
