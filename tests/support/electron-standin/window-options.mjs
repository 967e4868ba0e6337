// The option shapes new BrowserWindow accepts (as Electron documents them), checked strictly.
import path from 'node:path';

export const WEB_PREFERENCES = {
  preload: (v) => typeof v === 'string' && path.isAbsolute(v),
  contextIsolation: 'boolean',
  sandbox: 'boolean',
  nodeIntegration: 'boolean',
  nodeIntegrationInWorker: 'boolean',
  nodeIntegrationInSubFrames: 'boolean',
  webSecurity: 'boolean',
  allowRunningInsecureContent: 'boolean',
  javascript: 'boolean',
  webviewTag: 'boolean',
  spellcheck: 'boolean',
  backgroundThrottling: 'boolean',
  disableBlinkFeatures: 'string',
  enableBlinkFeatures: 'string',
  experimentalFeatures: 'boolean',
  devTools: 'boolean',
  partition: 'string',
};

export const WINDOW_OPTIONS = {
  x: 'integer',
  y: 'integer',
  width: 'integer',
  height: 'integer',
  minWidth: 'integer',
  minHeight: 'integer',
  maxWidth: 'integer',
  maxHeight: 'integer',
  center: 'boolean',
  title: 'string',
  show: 'boolean',
  autoHideMenuBar: 'boolean',
  backgroundColor: 'string',
  icon: 'string',
  resizable: 'boolean',
  fullscreen: 'boolean',
  webPreferences: 'object',
};
