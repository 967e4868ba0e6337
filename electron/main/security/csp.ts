/**
 * The renderer's Content-Security-Policy: sent as a header by the app:// protocol and kept
 * identical in src/index.html's meta tag (a test checks the built page).
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; media-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'";
