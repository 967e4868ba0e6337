// The harness's window commands: what the user or Chromium does to a window, played into main's listeners.
import { onCommand } from './host.mjs';
import { record } from './record.mjs';
import { checkShape, oneOf, preventable } from './strict.mjs';
import { allWindows, windowFor } from './windows.mjs';

onCommand('window', ({ windowId, action, args = [] }) => {
  const win = windowFor({ windowId: windowId ?? allWindows()[0]?.id });
  if (!['close', 'minimize', 'maximize', 'setBounds', 'focus', 'blur', 'show'].includes(action))
    throw new Error(`electron stand-in: no window action ${action}`);
  win[action](...args);
  return { bounds: win.getNormalBounds(), minimized: win.isMinimized(), maximized: win.isMaximized(), focused: win.isFocused() };
});

onCommand('will-navigate', ({ webContentsId, url }) => {
  const contents = windowFor({ webContentsId }).webContents;
  const event = preventable({ url, isSameDocument: false, isMainFrame: true });
  contents.emit('will-navigate', event, url);
  record('will-navigate', url, event.defaultPrevented ? 'prevented' : 'allowed');
  return { prevented: event.defaultPrevented };
});

onCommand('window-open', ({ webContentsId, url, frameName, features }) => {
  const contents = windowFor({ webContentsId }).webContents;
  const answer = contents.windowOpenHandler
    ? contents.windowOpenHandler({
        url,
        frameName,
        features,
        disposition: 'new-window',
        referrer: { url: contents.url, policy: 'default' },
      })
    : { action: 'allow' };
  checkShape(
    'setWindowOpenHandler result',
    answer,
    { action: oneOf('allow', 'deny'), overrideBrowserWindowOptions: 'object', outlivesOpener: 'boolean' },
    'result',
  );
  record('window-open', url, answer.action);
  return answer.action;
});

onCommand('will-prevent-unload', ({ windowId }) => {
  const contents = windowFor({ windowId }).webContents;
  const event = preventable();
  contents.emit('will-prevent-unload', event);
  // In Electron, preventDefault() here means "ignore the page's beforeunload and close anyway".
  record('will-prevent-unload', event.defaultPrevented ? 'closes' : 'stays');
  return { closeAnyway: event.defaultPrevented };
});

onCommand('window-state', () =>
  allWindows().map((w) => ({
    id: w.id,
    webContentsId: w.webContents.id,
    url: w.webContents.url,
    bounds: w.getNormalBounds(),
    minimized: w.minimized,
    maximized: w.maximized,
    alwaysOnTop: w.alwaysOnTop,
    minimumSize: [w.minimum.width, w.minimum.height],
    focused: w.focused,
    visible: w.visible,
    options: w.options,
  })),
);

/** The harness pushes an event to a window as main would (for specs written for every mode). */
onCommand('send-to-window', ({ windowId, channel, args }) => {
  windowFor({ windowId: windowId ?? allWindows()[0]?.id }).webContents.send(channel, ...args);
});
