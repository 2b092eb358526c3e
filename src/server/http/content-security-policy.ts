/**
 * The web app's Content Security Policy: scripts, styles, fonts and requests only from this server, no
 * inline script, no plugins, no framing. (The API docs page sets a policy of its own.)
 */
export const contentSecurityPolicy = (publicUrl: string | undefined) => ({
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
  formAction: ["'self'"],
  // Only a server people reach over https may ask browsers to upgrade its requests: on a plain-http
  // address (a laptop, a test machine on the network) the upgraded requests would fail and break the app.
  upgradeInsecureRequests: publicUrl?.startsWith('https:') ? [] : null,
});
