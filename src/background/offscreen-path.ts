/** Where the built offscreen document lives (crxjs keeps the source path); the worker creates it, senders check it. */
export const OFFSCREEN_PATH = 'src/offscreen/index.html';
