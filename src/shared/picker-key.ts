/** Where the classic picker build leaves startPicker in the isolated world, and the file the worker injects. */
export const PICKER_KEY = Symbol.for('ava.picker');
export const PICKER_CLASSIC_FILE = 'assets/picker-classic.js';
