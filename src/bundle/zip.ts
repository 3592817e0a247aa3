import { zipSync, type Zippable } from 'fflate';

/**
 * The zip itself: fflate, synchronous (a bundle is a few images). Images are already compressed, so they are
 * stored; text is deflated. A fixed timestamp per entry would hide when the evidence was taken, so entries carry
 * the time the bundle was made. Pure: bytes in, bytes out.
 */
export function zipFiles(files: readonly { name: string; data: Uint8Array }[], mtime: Date): Uint8Array {
  const z: Zippable = {};
  for (const f of files) {
    if (Object.hasOwn(z, f.name)) throw new Error(`two files named ${f.name} in one bundle`);
    z[f.name] = [f.data, { level: /\.(png|jpe?g|webp)$/i.test(f.name) ? 0 : 6, mtime }];
  }
  return zipSync(z);
}
