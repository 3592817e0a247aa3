/**
 * sRGB (8-bit) to CIE L*a*b* (D65). Colour findings are measured in Lab because equal distances there are roughly
 * equal visible differences, so one threshold ("a step of 1.5 ΔE") means the same thing for dark and bright scenes.
 */

/** sRGB byte -> linear light, precomputed: the transfer curve has a pow() per channel otherwise. */
const LINEAR = new Float32Array(256);
for (let i = 0; i < 256; i++) {
  const c = i / 255;
  LINEAR[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
}

const XN = 0.95047;
const ZN = 1.08883;
const EPS = 216 / 24389;
const KAPPA = 24389 / 27;

const f = (t: number): number => (t > EPS ? Math.cbrt(t) : (KAPPA * t + 16) / 116);

/** Linear interpolation into LINEAR: the cell averages are fractional bytes. */
function linear(v: number): number {
  const c = v < 0 ? 0 : v > 255 ? 255 : v;
  const i = Math.floor(c);
  const frac = c - i;
  const lo = LINEAR[i] ?? 0;
  return i >= 255 ? lo : lo + (LINEAR[i + 1]! - lo) * frac;
}

/** One sRGB colour (0..255 per channel, may be fractional) to [L*, a*, b*]; L* is 0..100. */
export function rgbToLab(r: number, g: number, b: number, out: Float32Array | number[] = [0, 0, 0], at = 0): Float32Array | number[] {
  const lr = linear(r);
  const lg = linear(g);
  const lb = linear(b);
  const x = (0.4124564 * lr + 0.3575761 * lg + 0.1804375 * lb) / XN;
  const y = 0.2126729 * lr + 0.7151522 * lg + 0.072175 * lb;
  const z = (0.0193339 * lr + 0.119192 * lg + 0.9503041 * lb) / ZN;
  const fx = f(x);
  const fy = f(y);
  const fz = f(z);
  out[at] = 116 * fy - 16;
  out[at + 1] = 500 * (fx - fy);
  out[at + 2] = 200 * (fy - fz);
  return out;
}
