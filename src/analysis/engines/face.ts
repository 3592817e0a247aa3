/**
 * The face engine: @vladmandic/face-api (tiny face detector, tiny 68-point landmarks to align each face, and the
 * 128-d face-recognition embedding) on the tfjs WASM backend, behind the FaceEngine interface that the identity
 * detector (src/analysis/detectors/identity.ts) reads. Loaded with a dynamic import only when faces are
 * wanted, in the analysis page or the CLI.
 *
 * Models and WASM binaries are the extension's own files (root-relative folders, see assets.ts) or, in Node, the
 * npm packages' (node-assets.ts); nothing is downloaded. Multithreading stays off: extension pages are not
 * cross-origin isolated, so there is no SharedArrayBuffer for the threaded build.
 */
import type * as FaceApiModule from '@vladmandic/face-api/dist/face-api.esm.js';
import type { FaceEngine, FaceObservation } from '../detectors/identity.ts';
import { FACE_MODEL_DIR, FACE_MODELS, FACE_WASM_DIR } from './assets.ts';
import { checkRgba, type RgbaFrame } from './pixels.ts';

type FaceApi = typeof FaceApiModule;
/** The parts of tfjs-core AVA calls that face-api's own type declarations leave out (they are in its bundle). */
interface TfRuntime {
  env(): { set(flag: string, value: boolean): void };
  setBackend(name: string): Promise<boolean>;
  ready(): Promise<void>;
  setWasmPaths?(prefix: string): void;
}
const runtime = (faceapi: FaceApi) => faceapi.tf as unknown as TfRuntime;

export interface FaceAssets {
  /** Folder (URL, or a path in Node) with the models' *-weights_manifest.json and *.bin, ending in '/'. */
  models: string;
  /** Folder with tfjs-backend-wasm(-simd).wasm, ending in '/'. */
  wasm: string;
}

export interface FaceOptions {
  assets?: FaceAssets;
  /** Reads one model file; fetch by default, the file system in Node. */
  read?: (location: string) => Promise<ArrayBuffer>;
  /** face-api with its tfjs and the WASM backend's path setter; the self-contained browser bundle by default. */
  api?: () => Promise<{ faceapi: FaceApi; setWasmPaths: (prefix: string) => void }>;
  /** Detector input size (multiple of 32): larger finds smaller faces, slower. */
  inputSize?: number;
  /** Detections less sure than this (0..1) are not faces. 0.4, not face-api's 0.5: some real faces in
   * the tests (tests/analysis/face-engine.test.ts) scored between the two at some scales. */
  minScore?: number;
}

export type LoadedFace = FaceEngine & { close(): Promise<void> };

export function extensionFaceAssets(base: string = globalThis.location.href): FaceAssets {
  return { models: new URL(`/${FACE_MODEL_DIR}`, base).href, wasm: new URL(`/${FACE_WASM_DIR}`, base).href };
}

async function fetchBytes(url: string): Promise<ArrayBuffer> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`cannot load ${url}: HTTP ${r.status}`);
  return r.arrayBuffer();
}

async function browserApi(): Promise<{ faceapi: FaceApi; setWasmPaths: (prefix: string) => void }> {
  const faceapi = await import('@vladmandic/face-api/dist/face-api.esm.js');
  return { faceapi, setWasmPaths: (p) => runtime(faceapi).setWasmPaths!(p) };
}

/**
 * One engine per page: face-api's nets and the tfjs backend are module-wide state, so callers while it is loaded
 * share it (first caller's options win) and close() ends it for all; the next loadFace() loads afresh.
 */
let current: Promise<LoadedFace> | undefined;

export async function loadFace(opts: FaceOptions = {}): Promise<LoadedFace> {
  if (current) return current;
  current = (async () => {
    const assets = opts.assets ?? extensionFaceAssets();
    const read = opts.read ?? fetchBytes;
    const { faceapi, setWasmPaths } = await (opts.api ?? browserApi)();
    const tf = faceapi.tf;
    const rt = runtime(faceapi);
    rt.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    setWasmPaths(assets.wasm);
    if (!(await rt.setBackend('wasm'))) throw new Error('the tfjs WASM backend did not start');
    await rt.ready();
    const nets = {
      tiny_face_detector_model: faceapi.nets.tinyFaceDetector,
      face_landmark_68_tiny_model: faceapi.nets.faceLandmark68TinyNet,
      face_recognition_model: faceapi.nets.faceRecognitionNet,
    };
    for (const name of FACE_MODELS) {
      // The weights manifest says how to cut the .bin into named tensors; loading it ourselves keeps fetch vs
      // file system the only difference between the browser and Node.
      const manifest = JSON.parse(new TextDecoder().decode(await read(`${assets.models}${name}-weights_manifest.json`))) as {
        weights: Parameters<typeof tf.io.decodeWeights>[1];
      }[];
      const bin = await read(`${assets.models}${name}.bin`);
      nets[name].loadFromWeightMap(
        tf.io.decodeWeights(
          bin,
          manifest.flatMap((g) => g.weights),
        ),
      );
    }
    const detector = new faceapi.TinyFaceDetectorOptions({ inputSize: opts.inputSize ?? 416, scoreThreshold: opts.minScore ?? 0.4 });
    let closed = false;
    return {
      async faces(frame: RgbaFrame): Promise<FaceObservation[]> {
        if (closed) throw new Error('face engine is closed');
        checkRgba(frame);
        const bytes =
          frame.rgba instanceof Uint8Array ? frame.rgba : new Uint8Array(frame.rgba.buffer, frame.rgba.byteOffset, frame.rgba.byteLength);
        const input = tf.browser.fromPixels({ data: bytes, width: frame.width, height: frame.height }, 3);
        try {
          const found = await faceapi.detectAllFaces(input, detector).withFaceLandmarks(true).withFaceDescriptors();
          return found.map((f) => {
            const b = f.detection.box;
            return {
              t: frame.t,
              descriptor: Array.from(f.descriptor),
              box: { x: b.x / frame.width, y: b.y / frame.height, w: b.width / frame.width, h: b.height / frame.height },
            };
          });
        } finally {
          input.dispose();
        }
      },
      async close() {
        if (closed) return;
        closed = true;
        current = undefined;
        for (const net of Object.values(nets)) net.dispose();
      },
    };
  })();
  try {
    return await current;
  } catch (e) {
    current = undefined;
    throw e;
  }
}
