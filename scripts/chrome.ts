/**
 * Finding and launching the system's Chrome or Chromium with AVA loaded. Shared by `npm start` and the Playwright
 * fixtures, so both run the browser with the same flags. Never downloads a browser.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type Env = Readonly<Record<string, string | undefined>>;

/** The usual install locations, most specific first. */
export function chromeCandidates(platform: NodeJS.Platform = process.platform, env: Env = process.env): string[] {
  if (platform === 'darwin') {
    const apps = [
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Chromium.app/Contents/MacOS/Chromium',
      'Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
    ];
    const roots = ['/Applications', env.HOME ? path.join(env.HOME, 'Applications') : undefined];
    return roots.filter((r): r is string => !!r).flatMap((r) => apps.map((a) => path.join(r, a)));
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => !!r);
    const exes = ['Google\\Chrome\\Application\\chrome.exe', 'Chromium\\Application\\chrome.exe'];
    return roots.flatMap((r) => exes.map((e) => path.win32.join(r, e)));
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
  ];
}

export type ChromeLookup = { ok: true; path: string } | { ok: false; message: string };

/** CHROME_PATH wins, and a CHROME_PATH that points nowhere is an error rather than a silent fallback. */
export function findChrome(
  env: Env = process.env,
  platform: NodeJS.Platform = process.platform,
  exists: (p: string) => boolean = existsSync,
): ChromeLookup {
  const fromEnv = env.CHROME_PATH?.trim();
  if (fromEnv) {
    return exists(fromEnv)
      ? { ok: true, path: fromEnv }
      : { ok: false, message: `CHROME_PATH is set to ${fromEnv}, but there is no file there. Fix or unset CHROME_PATH.` };
  }
  const candidates = chromeCandidates(platform, env);
  const found = candidates.find((c) => exists(c));
  if (found) return { ok: true, path: found };
  return { ok: false, message: `${chromeInstallHint(platform)}\nLooked in: ${candidates.join(', ')}` };
}

export function chromeInstallHint(platform: NodeJS.Platform = process.platform): string {
  const how =
    platform === 'darwin'
      ? 'Install Google Chrome from https://www.google.com/chrome/ (or `brew install --cask chromium`).'
      : platform === 'win32'
        ? 'Install Google Chrome from https://www.google.com/chrome/.'
        : 'Install Chromium: `sudo apt-get install chromium` (Debian/Ubuntu: `chromium-browser` on older releases; Fedora: `sudo dnf install chromium`), or Google Chrome from https://www.google.com/chrome/.';
  return `AVA needs Chrome or Chromium and found neither. ${how} Or point CHROME_PATH at the browser's executable.`;
}

export interface AvaChromeOptions {
  /** The built extension (dist/). */
  extensionDir: string;
  /** --host-resolver-rules value (demo/hosts.ts). */
  hostResolverRules: string;
}

const isRoot = (): boolean => typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * The flags every AVA browser gets. Playwright manages --user-data-dir and --headless itself, so those are added only
 * by `launchChrome`.
 */
export function avaChromeArgs(o: AvaChromeOptions): string[] {
  const ext = path.resolve(o.extensionDir);
  const args = [
    `--disable-extensions-except=${ext}`,
    `--load-extension=${ext}`,
    `--host-resolver-rules=${o.hostResolverRules}`,
    // The demo server's certificate is made at start-up and trusted by nobody; the rules above keep this to loopback.
    '--ignore-certificate-errors',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  // Chromium's sandbox refuses to start as root (CI containers); everywhere else it stays on.
  if (isRoot()) args.push('--no-sandbox');
  return args;
}

export function assertBuilt(extensionDir: string): void {
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir} (manifest.json missing). Run \`npm run build\` first.`);
  }
}

export interface LaunchOptions extends AvaChromeOptions {
  executable: string;
  /** A fresh profile directory; the caller removes it. */
  userDataDir: string;
  urls: readonly string[];
  headless: boolean;
  /** Chrome's stderr goes here (it is noisy); undefined = ignored. */
  stderr?: (chunk: string) => void;
}

export function launchChrome(o: LaunchOptions): ChildProcess {
  const args = [
    ...avaChromeArgs(o),
    `--user-data-dir=${o.userDataDir}`,
    // Branded Google Chrome 137+ ignores --load-extension unless this feature is off; Chromium does not need it.
    '--disable-features=DisableLoadExtensionCommandLineSwitch',
    ...(o.headless ? ['--headless', '--remote-debugging-port=0'] : []),
    ...o.urls,
  ];
  const child = spawn(o.executable, args, { stdio: ['ignore', 'ignore', o.stderr ? 'pipe' : 'ignore'] });
  if (o.stderr) child.stderr?.setEncoding('utf8').on('data', o.stderr);
  return child;
}

/** Chrome writes the port it picked for --remote-debugging-port=0 into the profile; undefined until it has. */
export function devToolsPort(userDataDir: string): number | undefined {
  try {
    const first = readFileSync(path.join(userDataDir, 'DevToolsActivePort'), 'utf8').split('\n')[0];
    const port = Number(first);
    return Number.isInteger(port) && port > 0 ? port : undefined;
  } catch {
    return undefined;
  }
}
