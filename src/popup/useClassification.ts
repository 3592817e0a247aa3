import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Classification } from '../classifier/classify.ts';

type Classifier = (text: string) => Classification;

/** What the classifier answers for text with no letter or digit: no lexicon entry can match it (tests check this). */
export const NOTHING_TO_READ: Classification = { findings: [], needsDetail: false };

/** Words the classifier could read; anything else is answered without loading it. */
export const hasWords = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);

let loaded: Classifier | undefined;
let loading: Promise<Classifier> | undefined;

/** Runs work when the popup is idle (Chrome), or next in the event loop where there is no idle callback. */
const whenIdle = (work: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work);
  else setTimeout(work, 0);
};

/**
 * The lexicon index is built by the first description classified: about 200 ms of CPU since the hard-failure families
 * (2026-12-07), which the person's first keystroke would wait for. Classifying a few words once the module is loaded,
 * while they are still placing the cursor, builds it before they type.
 */
export function warmUp(classify: Classifier, schedule: (work: () => void) => void = whenIdle): void {
  schedule(() => safely(classify, 'warm up'));
}

/**
 * The classifier, its six lexicons and its model are a chunk of their own and build their index on first use, so the
 * popup loads them only once there are words to read, or the person focuses the text box.
 */
export function loadClassifier(): Promise<Classifier> {
  loading ??= import('../classifier/classify.ts').then((m) => {
    warmUp(m.classify);
    return (loaded = m.classify);
  });
  return loading;
}

/** The words are only a help to the ticks: a classifier fault answers nothing rather than take the popup down. */
export function safely(classify: Classifier, text: string): Classification {
  try {
    return classify(text);
  } catch (e) {
    console.error('AVA: the classifier failed on this text', e);
    return NOTHING_TO_READ;
  }
}

/** Live classification of the person's words; NOTHING_TO_READ until there are words and the classifier is loaded. */
export function useClassification(text: string): Classification {
  const [classify, setClassify] = useState<Classifier | undefined>(() => loaded);
  const words = hasWords(text);
  useEffect(() => {
    if (words && !classify) void loadClassifier().then((c) => setClassify(() => c));
  }, [words, classify]);
  return useMemo(() => (words && classify ? safely(classify, text) : NOTHING_TO_READ), [text, words, classify]);
}
