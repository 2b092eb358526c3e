/**
 * A request URL as the log may show it: the secret of a one-time sign-in link and the query of a
 * provider's callback (its code and state) are left out, so reading the log signs nobody in.
 */
export function logSafeUrl(url: string): string {
  const [path = '', query] = splitOnce(url, '?');
  if (/^\/auth\/link\/[^/]/.test(path)) return '/auth/link/[redacted]';
  if (path.startsWith('/auth/') && query !== undefined) return `${path}?[redacted]`;
  return url;
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

/** Pino's request serializer with the URL made safe (see logSafeUrl). */
export const safeRequestSerializer = (request: {
  method: string;
  url: string;
  host?: string;
  ip?: string;
}) => ({
  method: request.method,
  url: logSafeUrl(request.url),
  host: request.host,
  remoteAddress: request.ip,
});
