/**
 * Where the OCR and face engines' files live. One list serves both the build (scripts/vite-engine-assets.ts copies
 * each `from` in node_modules to `to` in the extension) and the Node paths (node-assets.ts reads them in place), so
 * the extension and the CLI load the same files. Nothing is downloaded at run time.
 * Pure data: safe to import from the build config, Node and extension pages alike.
 */

/** Extension-root folders (root-relative URLs in an extension page; see ocr.ts and face.ts). */
export const OCR_DIR = 'engines/ocr/';
export const OCR_LANG_DIR = 'engines/ocr/lang/';
export const FACE_MODEL_DIR = 'engines/face/models/';
export const FACE_WASM_DIR = 'engines/face/wasm/';

/**
 * The tesseract core build the extension ships. The worker loads it with importScripts and emscripten then fetches
 * the .wasm from the worker's own folder, so both sit next to worker.min.js. Only the SIMD + LSTM build: every
 * Chrome AVA supports (116+) has WebAssembly SIMD, and AVA runs tesseract in LSTM-only mode.
 */
export const OCR_CORE = 'tesseract-core-simd-lstm.js';

/** face-api models AVA uses: tiny detector, tiny 68-point landmarks (needed to align faces) and the 128-d recogniser. */
export const FACE_MODELS = ['tiny_face_detector_model', 'face_landmark_68_tiny_model', 'face_recognition_model'] as const;

export interface EngineAsset {
  /** Path inside node_modules. */
  from: string;
  /** Path inside the built extension. */
  to: string;
}

export const ENGINE_ASSETS: readonly EngineAsset[] = [
  { from: 'tesseract.js/dist/worker.min.js', to: `${OCR_DIR}worker.min.js` },
  { from: `tesseract.js-core/${OCR_CORE}`, to: `${OCR_DIR}${OCR_CORE}` },
  { from: `tesseract.js-core/${OCR_CORE.replace(/\.js$/, '.wasm')}`, to: `${OCR_DIR}${OCR_CORE.replace(/\.js$/, '.wasm')}` },
  // best_int: the integer-quantised "best" model, a third of the float model's size at about the same accuracy.
  { from: '@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz', to: `${OCR_LANG_DIR}eng.traineddata.gz` },
  ...FACE_MODELS.flatMap((m) => [
    { from: `@vladmandic/face-api/model/${m}-weights_manifest.json`, to: `${FACE_MODEL_DIR}${m}-weights_manifest.json` },
    { from: `@vladmandic/face-api/model/${m}.bin`, to: `${FACE_MODEL_DIR}${m}.bin` },
  ]),
  // tfjs picks the SIMD build when the browser has SIMD, the plain one otherwise; the threaded build needs
  // cross-origin isolation, which extension pages do not have, so it is not shipped.
  { from: '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm', to: `${FACE_WASM_DIR}tfjs-backend-wasm.wasm` },
  { from: '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm', to: `${FACE_WASM_DIR}tfjs-backend-wasm-simd.wasm` },
];
