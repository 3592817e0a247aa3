import { defineManifest } from '@crxjs/vite-plugin';
import pkg from './package.json' with { type: 'json' };
import { contentMatches, mediaMatches } from './src/providers/index.ts';
import { supportFormMatches } from './src/providers/support-forms.ts';

// Hosts and matches come from the provider registry: adding a provider file is the only way to widen them.
const matches = contentMatches();
// web_accessible_resources matches take origins only (paths are not allowed there).
const pickerOrigins = [...new Set(matches.map((m) => m.replace(/^(https:\/\/[^/]+)\/.*$/, '$1/*')))].sort();

export default defineManifest({
  manifest_version: 3,
  name: '__MSG_extName__',
  short_name: 'AVA',
  description: '__MSG_extDescription__',
  version: pkg.version,
  default_locale: 'en',
  minimum_chrome_version: '116',
  icons: { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 128: 'icons/128.png' },
  action: {
    default_title: '__MSG_actionTitle__',
    default_popup: 'src/popup/index.html',
    default_icon: { 16: 'icons/16.png', 32: 'icons/32.png' },
  },
  options_ui: { page: 'src/options/index.html', open_in_tab: true },
  background: { service_worker: 'src/background/main.ts', type: 'module' },
  permissions: [
    'storage', // the profile, the generations AVA saw, drafts and claims live in chrome.storage on this device
    'activeTab', // a screenshot of the provider tab, only after the person clicks the AVA icon on it
    'offscreen', // a hidden extension page that decodes a generation's video for frame analysis, only when asked
    'alarms', // wake up when a claim's follow-up or a provider's date (shutdown, last day for tickets) comes due
    'scripting', // run AVA's page scripts on a provider's new address the person added (and granted) in the dashboard
  ],
  // Asked for from the dashboard when the person turns reminder notifications on (it shows an install warning);
  // without it reminders still count on the AVA badge.
  optional_permissions: ['notifications'],
  // The providers' sourced video hosts (registry mediaHosts): requested from the popup when the person presses
  // "Analyse video" on a video served from one, so AVA can read its bytes; hosts that send CORS headers need nothing.
  // `https://*/*` is only what the person MAY grant: "Add a site" asks Chrome for one origin at a time (a provider's new
  // address); nothing beyond the registry is granted at install.
  optional_host_permissions: [...mediaMatches(), 'https://*/*'],
  // The element picker (with html2canvas), imported by the content script only when the person picks a card: readable
  // from the provider pages only. These matches are fixed at build time: on a site the person added, the worker
  // injects the picker's classic build instead (scripting + that site's granted origin; src/content/picker-classic.ts).
  web_accessible_resources: [{ matches: pickerOrigins, resources: ['<dynamic_resource>'] }],
  content_scripts: [
    {
      // Page-world tap: reads the provider app's own fetch/XHR JSON responses; must start before the app does.
      matches,
      js: ['src/content/page-tap.iife.ts'],
      run_at: 'document_start',
      world: 'MAIN',
    },
    {
      // Isolated world: parses what the tap saw with the provider's parsers, reads the DOM as a fallback, reports.
      matches,
      js: ['src/content/content.iife.ts'],
      run_at: 'document_start',
    },
    {
      // Support forms (new-request pages of the providers' sourced help desks): fills the form with the draft only
      // when the person chose "Open support form" in AVA moments before; never submits. No host permission needed.
      matches: supportFormMatches(),
      js: ['src/content/support-form.iife.ts'],
      run_at: 'document_idle',
    },
  ],
  content_security_policy: {
    // 'wasm-unsafe-eval': compiling the bundled OCR (tesseract) and face (tfjs) WebAssembly; no JS eval is allowed.
    extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  },
});
