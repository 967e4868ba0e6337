// protocol and net: privileged schemes (before ready only) and protocol.handle (after ready only).
import { app } from './app.mjs';
import { onCommand, send } from './host.mjs';
import { record } from './record.mjs';
import { checkShape, checkType, strict } from './strict.mjs';

const PRIVILEGES = {
  standard: 'boolean',
  secure: 'boolean',
  bypassCSP: 'boolean',
  allowServiceWorkers: 'boolean',
  supportFetchAPI: 'boolean',
  corsEnabled: 'boolean',
  stream: 'boolean',
  codeCache: 'boolean',
};
const handlers = new Map();

export const protocol = strict('protocol', {
  registerSchemesAsPrivileged(schemes) {
    record('protocol.registerSchemesAsPrivileged', schemes);
    if (app.isReady()) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    checkType('protocol.registerSchemesAsPrivileged', 'customSchemes', schemes, 'array');
    for (const entry of schemes) {
      checkShape('protocol.registerSchemesAsPrivileged', entry, { scheme: 'string', privileges: 'object' }, 'customScheme');
      checkShape('protocol.registerSchemesAsPrivileged', entry.privileges ?? {}, PRIVILEGES, 'privileges');
    }
    // The harness gives a standard, secure scheme an https origin of its own in Chromium.
    send({ type: 'schemes', schemes });
  },
  handle(scheme, handler) {
    record('protocol.handle', scheme);
    if (!app.isReady()) throw new Error('The protocol module can only be used after the app is ready');
    checkType('protocol.handle', 'scheme', scheme, 'string');
    checkType('protocol.handle', 'handler', handler, 'function');
    if (handlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
    handlers.set(scheme, handler);
  },
  unhandle(scheme) {
    handlers.delete(scheme);
  },
  isProtocolHandled(scheme) {
    return handlers.has(scheme);
  },
});

async function handleRequest(request) {
  const handler = handlers.get(new URL(request.url).protocol.slice(0, -1));
  if (!handler) return null;
  const response = await handler(request);
  if (!(response instanceof Response)) throw new TypeError(`protocol.handle: the handler for ${request.url} must return a Response`);
  return response;
}

export const net = strict('net', {
  async fetch(input, init) {
    record('net.fetch', String(input));
    const request = new Request(input, init);
    return (await handleRequest(request)) ?? fetch(request);
  },
  isOnline() {
    return false;
  },
});

// A request Chromium made for a custom-scheme URL: answered by what the app's handler returns, headers included.
onCommand('protocol-request', async ({ url, method, headers }) => {
  const response = await handleRequest(new Request(url, { method, headers }));
  if (!response) return null;
  return { status: response.status, headers: Object.fromEntries(response.headers), body: new Uint8Array(await response.arrayBuffer()) };
});
