/**
 * Node-only: the engines' files read in place from node_modules (the same files the build copies into the
 * extension, see src/analysis/engines/assets.ts). Never imported by extension code.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FaceAssets } from '../../analysis/engines/face.ts';
import type { OcrAssets } from '../../analysis/engines/ocr.ts';

const require = createRequire(import.meta.url);
const pkgDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

export function nodeOcrAssets(): OcrAssets {
  return { langPath: join(pkgDir('@tesseract.js-data/eng'), '4.0.0_best_int') };
}

export function nodeFaceAssets(): FaceAssets {
  return { models: `${join(pkgDir('@vladmandic/face-api'), 'model')}/`, wasm: `${join(pkgDir('@tensorflow/tfjs-backend-wasm'), 'dist')}/` };
}

/** face-api's Node build on the WASM backend (same version and models as the extension's bundle). */
export async function nodeFaceApi() {
  const faceapi = require('@vladmandic/face-api/dist/face-api.node-wasm.js') as typeof import('@vladmandic/face-api/dist/face-api.esm.js');
  const wasm = require('@tensorflow/tfjs-backend-wasm') as { setWasmPaths: (prefix: string) => void };
  return { faceapi, setWasmPaths: wasm.setWasmPaths };
}

export async function readLocal(path: string): Promise<ArrayBuffer> {
  const b = await readFile(path);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

/** Everything loadFace needs to run in Node. */
export const nodeFaceOptions = () => ({ assets: nodeFaceAssets(), read: readLocal, api: nodeFaceApi });
