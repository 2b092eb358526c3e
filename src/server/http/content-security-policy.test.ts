import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './content-security-policy';

describe('the Content Security Policy', () => {
  it('allows scripts and styles from this server only, never inline', () => {
    const policy = contentSecurityPolicy(undefined);
    expect(policy.scriptSrc).toEqual(["'self'"]);
    expect(policy.styleSrc).toEqual(["'self'"]);
    expect(policy.frameAncestors).toEqual(["'none'"]);
  });

  it('asks browsers to upgrade to https only when the server is reached over https', () => {
    // On http://127.0.0.1 or a LAN address, upgraded requests would fail and leave a blank page.
    expect(contentSecurityPolicy(undefined).upgradeInsecureRequests).toBeNull();
    expect(contentSecurityPolicy('http://10.0.0.5:3000').upgradeInsecureRequests).toBeNull();
    expect(contentSecurityPolicy('https://rodtrad.example.no').upgradeInsecureRequests).toEqual([]);
  });
});
