// session.defaultSession: only after ready, with the permission handlers the app sets.
import { app } from './app.mjs';
import { onCommand } from './host.mjs';
import { record } from './record.mjs';
import { checkType, strict } from './strict.mjs';
import { contentsById } from './windows.mjs';

class Session {
  constructor() {
    this.standinLabel = 'defaultSession';
    this.permissionRequestHandler = null;
    this.permissionCheckHandler = null;
  }

  setPermissionRequestHandler(handler) {
    record('session.setPermissionRequestHandler', handler);
    if (handler !== null) checkType('session.setPermissionRequestHandler', 'handler', handler, 'function');
    this.permissionRequestHandler = handler;
  }

  setPermissionCheckHandler(handler) {
    record('session.setPermissionCheckHandler', handler);
    if (handler !== null) checkType('session.setPermissionCheckHandler', 'handler', handler, 'function');
    this.permissionCheckHandler = handler;
  }
}

const defaultSession = strict('session.defaultSession', new Session());

export const session = strict('session', {
  get defaultSession() {
    if (!app.isReady()) throw new Error('Session can only be received when app is ready');
    return defaultSession;
  },
});

// A page asks for a permission: the app's check handler, then its request handler decide (Electron grants without them).
onCommand('permission', async ({ webContentsId, permission, requestingUrl }) => {
  const s = session.defaultSession;
  const contents = contentsById(webContentsId);
  const checked = s.permissionCheckHandler
    ? s.permissionCheckHandler(contents, permission, new URL(requestingUrl).origin, { requestingUrl })
    : true;
  const granted = s.permissionRequestHandler
    ? await new Promise((resolve) => s.permissionRequestHandler(contents, permission, resolve, { requestingUrl }))
    : true;
  record('permission', permission, { checked, granted });
  return { checked, granted };
});
