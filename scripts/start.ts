/**
 * `npm start`: build AVA, serve the demo provider sites over local HTTPS at their real hostnames, and open Chrome or
 * Chromium with AVA loaded on the start page and the demo tabs. Stays up until Ctrl+C, then removes what it made.
 *   npm start -- --no-build --port 9443 --headless
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hostResolverRules } from '../demo/hosts.ts';
import { type DemoServer, startDemoServer } from '../demo/server.ts';
import { DEMO_PAGES, START_URL } from '../demo/sites.ts';
import { assertBuilt, devToolsPort, findChrome, launchChrome } from './chrome.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const DEFAULT_PORT = 8443;

interface Options {
  build: boolean;
  port: number | undefined;
  headless: boolean;
  verbose: boolean;
}

const USAGE = `Usage: npm start -- [--no-build] [--port N] [--headless] [--verbose]
  --no-build   use the existing dist/ instead of running vite build
  --port N     demo server port (default ${DEFAULT_PORT}; 0 = any free port)
  --headless   no window; prints the remote-debugging URL (automatic on Linux without a display)
  --verbose    log every request the demo server answers`;

function parseArgs(argv: readonly string[]): Options {
  const o: Options = { build: true, port: undefined, headless: false, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (flag === '--no-build') o.build = false;
    else if (flag === '--headless') o.headless = true;
    else if (flag === '--verbose') o.verbose = true;
    else if (flag === '--port') {
      const v = Number(inline ?? argv[++i]);
      if (!Number.isInteger(v) || v < 0 || v > 65535) fatal(`--port needs a number from 0 to 65535\n${USAGE}`);
      o.port = v;
    } else if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else fatal(`Unknown option ${a}\n${USAGE}`);
  }
  return o;
}

function fatal(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

function build(): void {
  const viteBin = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  if (!existsSync(viteBin)) fatal('Vite is not installed. Run `npm ci` first.');
  console.log('Building AVA (vite build)…');
  // The vite CLI in a child process: the same build as `npm run build`, without depending on npx or a shell.
  const r = spawnSync(process.execPath, [viteBin, 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) fatal('The build failed (see above). Fix it, or run with --no-build to use the existing dist/.');
}

async function serve(port: number | undefined, verbose: boolean): Promise<DemoServer> {
  const log = verbose ? (line: string) => console.log(`  demo ${line}`) : undefined;
  try {
    return await startDemoServer({ port: port ?? DEFAULT_PORT, log });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // Only the default port falls back: a port the person asked for is theirs to change.
    if (code === 'EADDRINUSE' && port === undefined) {
      console.log(`Port ${DEFAULT_PORT} is busy; using a free port instead.`);
      return startDemoServer({ port: 0, log });
    }
    fatal(`The demo server could not listen on 127.0.0.1:${port ?? DEFAULT_PORT}: ${String(err)}`);
  }
}

async function waitFor<T>(probe: () => T | undefined, ms: number): Promise<T | undefined> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 200))) {
    const v = probe();
    if (v !== undefined) return v;
  }
  return undefined;
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  // Look for the browser before a long build, so a missing browser is the first thing the person hears about.
  const chrome = findChrome();
  if (!chrome.ok) fatal(chrome.message);

  if (opts.build) build();
  try {
    assertBuilt(DIST);
  } catch (err) {
    fatal((err as Error).message);
  }

  const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  const headless = opts.headless || noDisplay;
  if (noDisplay && !opts.headless) {
    console.log('No display found ($DISPLAY and $WAYLAND_DISPLAY are unset), so Chromium runs headless.');
    console.log('Run `npm start` from a desktop session (or with X forwarding) to see the window.');
  }

  const server = await serve(opts.port, opts.verbose);
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'ava-chrome-'));
  const urls = [START_URL, ...DEMO_PAGES.map((p) => p.url)];
  let chromeLog = '';
  const child = launchChrome({
    executable: chrome.path,
    extensionDir: DIST,
    userDataDir,
    hostResolverRules: hostResolverRules(server.port, server.hosts),
    // Headless Chrome takes one URL on its command line; the rest open through DevTools below.
    urls: headless ? urls.slice(0, 1) : urls,
    headless,
    // Kept (bounded) to explain an early exit; Chrome's usual stderr chatter is not worth printing.
    stderr: (chunk) => {
      chromeLog = (chromeLog + chunk).slice(-4000);
    },
  });

  let cleaning = false;
  const cleanup = async (code: number): Promise<void> => {
    if (cleaning) return;
    cleaning = true;
    if (child.exitCode === null && child.signalCode === null) {
      // Chrome writes its profile while shutting down: wait for it (bounded) before removing the profile.
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    await server.close();
    await rm(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }).catch(() => undefined);
    process.exit(code);
  };
  process.on('SIGINT', () => void cleanup(0));
  process.on('SIGTERM', () => void cleanup(0));
  process.on('SIGHUP', () => void cleanup(0));
  child.on('error', (err) => {
    console.error(`Could not start ${chrome.path}: ${err.message}`);
    void cleanup(1);
  });
  child.on('exit', (code, signal) => {
    if (cleaning) return;
    if (code !== 0 && code !== null)
      console.error(`Chrome exited with code ${code}.\n${chromeLog.trim().split('\n').slice(-15).join('\n')}`);
    else console.log(`Chrome closed${signal ? ` (${signal})` : ''}.`);
    void cleanup(code ?? 0);
  });

  console.log(`\nAVA demo server: https://127.0.0.1:${server.port} (loopback only), answering as:`);
  console.log(`  ${server.hosts.join(', ')}`);
  console.log(`Browser: ${chrome.path}${headless ? ' (headless)' : ''}, extension: ${DIST}`);
  console.log('Opened:');
  for (const u of urls) console.log(`  ${u}`);
  if (headless) {
    const port = await waitFor(() => devToolsPort(userDataDir), 10_000);
    if (port) {
      for (const u of urls.slice(1)) {
        const r = await fetch(`http://127.0.0.1:${port}/json/new?${encodeURIComponent(u)}`, { method: 'PUT' }).catch((e: unknown) => e);
        if (!(r instanceof Response) || !r.ok) console.log(`  could not open ${u} (${r instanceof Response ? r.status : String(r)})`);
      }
      console.log(`\nRemote debugging: http://127.0.0.1:${port}/json/list`);
      console.log(
        `  In a desktop Chrome, open chrome://inspect, "Configure…", add 127.0.0.1:${port} (over \`ssh -L ${port}:127.0.0.1:${port}\` if remote).`,
      );
    } else console.log('\nChrome did not report a remote-debugging port within 10 s.');
  }
  console.log('\nPress Ctrl+C to stop.');
}

await main();
