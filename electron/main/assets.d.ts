/// <reference types="electron-vite/node" />
// `import x from './file?asset'` (the window icon): electron-vite copies the file next to the main bundle and gives its path.
