/** Which renderer URLs may call IPC: only our own app page, never a navigated or embedded one. */

export function isTrustedSender(senderUrl: string | undefined, appPageUrl: string): boolean {
  if (!senderUrl) return false;
  try {
    const sender = new URL(senderUrl);
    const app = new URL(appPageUrl);
    if (app.protocol === 'file:') {
      return sender.protocol === 'file:' && sender.pathname === app.pathname;
    }
    // Custom schemes (app://) have an opaque origin, so compare scheme and host.
    return sender.protocol === app.protocol && sender.host === app.host;
  } catch {
    return false;
  }
}
