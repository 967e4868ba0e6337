// dialog: answers the tests chose (a folder to save into, a file or files to open, a message-box button).
import path from 'node:path';
import { onCommand } from './host.mjs';
import { record } from './record.mjs';
import { BrowserWindow } from './windows.mjs';
import { checkShape, oneOf, strict } from './strict.mjs';

const FILTERS = (v) => Array.isArray(v) && v.every((f) => typeof f?.name === 'string' && Array.isArray(f.extensions));
const FILE_OPTIONS = {
  title: 'string',
  defaultPath: 'string',
  buttonLabel: 'string',
  filters: FILTERS,
  message: 'string',
  properties: 'array',
};
const BOX_OPTIONS = {
  message: 'string',
  type: oneOf('none', 'info', 'error', 'question', 'warning'),
  buttons: 'array',
  defaultId: 'integer',
  cancelId: 'integer',
  title: 'string',
  detail: 'string',
  noLink: 'boolean',
};

const answers = { saveToDir: null, openPath: null, openPaths: null, messageBox: null };

/** (window?, options): Electron's optional parent-window first argument. */
function split(api, args, shape) {
  const [first, second] = args;
  const hasWindow = first !== undefined && Object.getPrototypeOf(first) === BrowserWindow.prototype;
  const options = hasWindow ? second : first;
  checkShape(api, options, shape);
  return options;
}

function messageBoxResponse(options) {
  if (!Array.isArray(options.buttons) || options.buttons.length === 0) throw new TypeError('dialog.showMessageBox: buttons must be given');
  const response = answers.messageBox ?? options.cancelId ?? 0;
  answers.messageBox = null;
  record('dialog.messageBox answered', options.buttons[response]);
  return response;
}

export const dialog = strict('dialog', {
  async showSaveDialog(...args) {
    const options = split('dialog.showSaveDialog', args, FILE_OPTIONS);
    record('dialog.showSaveDialog', options);
    return answers.saveToDir === null
      ? { canceled: true, filePath: '' }
      : { canceled: false, filePath: path.join(answers.saveToDir, options.defaultPath ?? 'untitled') };
  },
  async showOpenDialog(...args) {
    const options = split('dialog.showOpenDialog', args, FILE_OPTIONS);
    record('dialog.showOpenDialog', options);
    // A multi-select dialog (run import) answers with the list the test chose.
    if (Array.isArray(options.properties) && options.properties.includes('multiSelections')) {
      return answers.openPaths === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [...answers.openPaths] };
    }
    return answers.openPath === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [answers.openPath] };
  },
  showMessageBoxSync(...args) {
    const options = split('dialog.showMessageBoxSync', args, BOX_OPTIONS);
    record('dialog.showMessageBoxSync', options);
    return messageBoxResponse(options);
  },
  async showMessageBox(...args) {
    const options = split('dialog.showMessageBox', args, BOX_OPTIONS);
    record('dialog.showMessageBox', options);
    return { response: messageBoxResponse(options), checkboxChecked: false };
  },
  showErrorBox(title, content) {
    record('dialog.showErrorBox', title, content);
  },
});

onCommand('answer-dialogs', (next) => {
  for (const key of Object.keys(answers)) if (next[key] !== undefined) answers[key] = next[key];
});
