/**
 * Any change to what the extension may touch shows up here as a snapshot diff: permissions, host permissions and the
 * content-script matches (derived from the provider registry).
 */
import { describe, expect, it } from 'vitest';
import manifestExport from '../../manifest.config.ts';
import { PROVIDERS } from '../../src/providers/index.ts';
import { supportForms } from '../../src/providers/support-forms.ts';

interface ManifestShape {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches?: string[]; js?: string[]; world?: string; run_at?: string }[];
}

/** defineManifest returns the object, or a function (possibly async) producing it, depending on the plugin version. */
async function resolveManifest(): Promise<ManifestShape> {
  const m: unknown = manifestExport;
  const value: unknown =
    typeof m === 'function'
      ? await (m as (env: { mode: string; command: string }) => unknown)({ mode: 'production', command: 'build' })
      : m;
  return value as ManifestShape;
}

describe('manifest permissions and matches', () => {
  it('match the committed snapshot', async () => {
    const m = await resolveManifest();
    expect({
      permissions: m.permissions ?? [],
      host_permissions: m.host_permissions ?? [],
      optional_permissions: m.optional_permissions ?? [],
      optional_host_permissions: m.optional_host_permissions ?? [],
      content_scripts: (m.content_scripts ?? []).map((c) => ({
        js: c.js,
        world: c.world ?? 'ISOLATED',
        run_at: c.run_at,
        matches: c.matches,
      })),
    }).toMatchSnapshot();
  });

  it('content-script matches are exactly the registry’s, nothing wider', async () => {
    const m = await resolveManifest();
    const registry = [...new Set(PROVIDERS.flatMap((p) => p.matches))].sort();
    // The support-form script runs on the registry's sourced ticket-form pages only; every other script on the
    // generation pages.
    const forms = [...new Set(supportForms().flatMap((f) => f.matches))].sort();
    for (const cs of m.content_scripts ?? [])
      expect([...(cs.matches ?? [])].sort()).toEqual(cs.js?.some((j) => j.includes('support-form')) ? forms : registry);
    for (const pattern of [...registry, ...forms]) expect(pattern).not.toMatch(/^(\*|https?):\/\/\*(\/|$)|<all_urls>/);
    // Form pages only: the new-request path, never a whole help center.
    for (const pattern of forms) expect(pattern).toMatch(/^https:\/\/[a-z0-9.-]+\/(hc\/\*requests\/new\*|support\/tickets\/new\*)$/);
  });
});
