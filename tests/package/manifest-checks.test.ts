import { describe, expect, it } from 'vitest';
import { type BuiltManifest, manifestProblems } from '../../scripts/package.ts';
import { contentMatches } from '../../src/providers/index.ts';

const allowed = contentMatches();
const good = (): BuiltManifest => ({
  manifest_version: 3,
  version: '0.1.0',
  permissions: ['storage', 'activeTab'],
  content_scripts: [{ matches: [...allowed], js: ['src/content/content.iife.js'] }],
  content_security_policy: { extension_pages: "script-src 'self'; object-src 'none'" },
});

describe('manifest checks before packaging', () => {
  it('accepts the manifest AVA builds today (registry hosts only, no key, strict CSP)', () => {
    expect(manifestProblems(good(), allowed)).toEqual([]);
  });

  it('refuses <all_urls> wherever it appears', () => {
    expect(manifestProblems({ ...good(), host_permissions: ['<all_urls>'] }, allowed).join('\n')).toMatch(/<all_urls>/);
    expect(manifestProblems({ ...good(), content_scripts: [{ matches: ['<all_urls>'] }] }, allowed).join('\n')).toMatch(/<all_urls>/);
    expect(manifestProblems({ ...good(), web_accessible_resources: [{ matches: ['<all_urls>'] }] }, allowed).length).toBeGreaterThan(0);
  });

  it('refuses host access wider than the provider registry, in any list', () => {
    for (const wide of ['https://*/*', '*://*/*', 'https://*.chatgpt.com/*', 'https://evil.example/*', 'http://sora.chatgpt.com/*']) {
      expect(manifestProblems({ ...good(), host_permissions: [wide] }, allowed), wide).toEqual([
        `host_permissions: ${JSON.stringify(wide)} is not a provider pattern from the registry`,
      ]);
      // https://*/* only as an optional host (added sites, asked one origin at a time): see the next test.
      if (wide !== 'https://*/*') expect(manifestProblems({ ...good(), optional_host_permissions: [wide] }, allowed), wide).toHaveLength(1);
      expect(manifestProblems({ ...good(), content_scripts: [{ matches: [...allowed, wide] }] }, allowed), wide).toHaveLength(1);
    }
    expect(manifestProblems({ ...good(), permissions: ['storage', 'https://*/*'] }, allowed)).toEqual([
      'permissions: "https://*/*" is a host pattern',
    ]);
    // Registry patterns themselves are fine as host permissions too.
    expect(manifestProblems({ ...good(), host_permissions: [allowed[0]!] }, allowed)).toEqual([]);
  });

  it('allows any https origin only as an optional host (added sites), and the picker resources only on provider origins', () => {
    expect(manifestProblems({ ...good(), optional_host_permissions: ['https://*/*'] }, allowed)).toEqual([]);
    expect(manifestProblems({ ...good(), host_permissions: ['https://*/*'] }, allowed)).toHaveLength(1);
    expect(
      manifestProblems({ ...good(), web_accessible_resources: [{ matches: ['https://labs.google/*', 'https://pika.art/*'] }] }, allowed),
    ).toEqual([]);
    expect(manifestProblems({ ...good(), web_accessible_resources: [{ matches: ['https://*/*'] }] }, allowed)).toHaveLength(1);
    expect(manifestProblems({ ...good(), web_accessible_resources: [{ matches: ['https://evil.example/*'] }] }, allowed)).toHaveLength(1);
  });

  it('refuses a key, a bad version, web pages that may message AVA, and a loose CSP', () => {
    expect(manifestProblems({ ...good(), key: 'MIIBIjANBg...' }, allowed)).toEqual([
      'has a "key" (remove it: the Web Store assigns the id)',
    ]);
    expect(manifestProblems({ ...good(), version: '1.0.0-beta' }, allowed)).toHaveLength(1);
    expect(manifestProblems({ ...good(), externally_connectable: { matches: ['https://sora.chatgpt.com/*'] } }, allowed)).toEqual([
      'externally_connectable lets web pages message AVA',
    ]);
    expect(
      manifestProblems({ ...good(), content_security_policy: { extension_pages: "script-src 'self' 'unsafe-eval'" } }, allowed),
    ).toHaveLength(1);
    expect(
      manifestProblems({ ...good(), content_security_policy: { extension_pages: "script-src 'self' https://cdn.example" } }, allowed),
    ).toHaveLength(1);
    expect(manifestProblems({ ...good(), content_security_policy: undefined }, allowed)).toEqual([
      'no content_security_policy.extension_pages',
    ]);
    expect(
      manifestProblems({ ...good(), content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'" } }, allowed),
    ).toEqual([]);
  });
});
