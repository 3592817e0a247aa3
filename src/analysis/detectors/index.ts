/** The frame detectors the runner uses by default, in report order. Text and identity need OCR/face input. */
import { blankDetector } from './blank.ts';
import { colorDetector } from './color.ts';
import { frozenDetector } from './frozen.ts';
import { motionDetector } from './motion.ts';
import { truncatedDetector } from './truncated.ts';
import type { Detector } from './types.ts';

export { isCut, CutLog } from './cuts.ts';
export * from './types.ts';

/** The cheap pass: everything that needs only the downsampled grid. */
export const cheapDetectors = (): Detector[] => [blankDetector(), frozenDetector(), truncatedDetector(), colorDetector(), motionDetector()];
