/** Which renderer URLs may call IPC: only our own app page, never a navigated or embedded one. */

export function isTrustedSender(senderUrl: string | undefined, appPageUrl: string): boolean {
  if (!senderUrl) return false;
  try {
    const sender = new URL(senderUrl);
    const app = new URL(appPageUrl);
    if (app.protocol === 'file:') {
      return sender.protocol === 'file:' && sender.pathname === app.pathname;
    }
    return sender.origin === app.origin;
  } catch {
    return false;
  }
}
