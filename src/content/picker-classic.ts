/**
 * The picker as a classic script, for the sites the person added. There the content script cannot import the picker
 * module: web_accessible_resources are fixed at build, to the registry's origins. So the worker injects this build
 * (assets/picker-classic.js, see scripts/vite-classic-script.ts) into the tab's isolated world, where it leaves the
 * picker for AVA's content script under a key only that world can see: the page's own scripts live in another world.
 */
import { PICKER_KEY } from '../shared/picker-key.ts';
import { startPicker } from './picker.ts';

(globalThis as Record<symbol, unknown>)[PICKER_KEY] = startPicker;
