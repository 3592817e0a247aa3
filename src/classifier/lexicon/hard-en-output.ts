import { cross } from './cross.ts';
import type { HardKey } from './hard.ts';

/**
 * English hard-failure families of the output's side (see hard-en.ts): what the service refused, what came out flat
 * or empty, and what came out cut short. The thing is named here too: "the shirt is black" or "the woman stops
 * halfway" is the scene, "the output is black" or "the video stops halfway through" the clip.
 */

/** What the person put in, and the service's refusal of it: "it refused my prompt", "my image was denied". */
const INPUTS = ['my prompt', 'the prompt', 'my prompts', 'this prompt', 'my image', 'the image', 'my photo', 'the photo', 'my upload'];
const INPUT_NOUNS = ['prompt', 'prompts', 'image', 'photo', 'picture', 'upload', 'input', 'reference image', 'input image'];
const REFUSE = [
  ...['refused', 'refuses', 'refusing', 'rejected', 'rejects', 'rejecting', 'denied', 'denies', 'banned', 'censored', 'declined'],
  ...['blocked', 'blocking', 'flagged', 'flagging', 'keeps refusing', 'keeps rejecting', 'keeps blocking', 'keeps flagging'],
];
const REFUSED = [
  ...cross(['was', 'got', 'is', 'gets', 'keeps getting', 'kept getting', 'were', 'are', 'has been', 'have been'], ['refused', 'denied']),
  ...cross(['keeps getting', 'kept getting', 'has been', 'have been'], ['rejected', 'flagged', 'blocked']),
  ...cross(['was', 'got', 'is', 'gets', 'keeps getting'], ['banned', 'censored', 'declined']),
  ...['refused', 'denied', 'banned', 'goes against', 'went against', 'breaks the rules', 'is against the rules'],
];
const NOT_LET = ["won't let me use", "doesn't let me use", 'will not let me use', "wouldn't let me use", "didn't let me use"];

/** The output, and what a filter does to it after generation. */
const OUTPUTS = ['video', 'videos', 'clip', 'clips', 'output', 'outputs', 'result', 'results', 'generation', 'generations'];
const REMOVED = [
  ...['was censored', 'got censored', 'is censored', 'was moderated', 'got moderated', 'moderated', 'was flagged', 'got flagged'],
  ...['got blocked', 'got removed', 'was deleted', 'got deleted', 'was hidden'],
];
const MY_OUTPUT = ['my video', 'the video', 'my output', 'the output', 'my clip', 'the result', 'my result', 'my generation'];

/** A flat output: the output said to be, or come out, one flat field ("my generations come out completely grey"). */
const FLAT = ['black', 'blank', 'white', 'grey', 'gray', 'empty'];
// Not "frames": black last frames are a fade, a colour failure by the label conventions (batch 9).
const FLAT_SUBJECTS = [...OUTPUTS, 'render', 'renders', 'images', 'screen'];
const COPULAS = [
  ...['is', 'are', 'was', 'were', 'came out', 'come out', 'comes out', 'turned out', 'turns out', 'turn out', 'is always'],
  ...['are always', 'keeps coming out', 'keep coming out', 'end up', 'ends up'],
];
const WHOLE = [
  ...['every frame is', 'all frames are', 'all the frames are', 'it came out', 'it comes out', 'all i get is', 'all i got was'],
  ...['all i see is', 'all i can see is', 'i only see', 'i only get', 'i just get', 'i only got', 'i just got'],
];
const STATIC = ['static noise', 'just static', 'only static', 'nothing but static', 'pure static', 'white noise', 'nothing but noise'];

/** A clip cut short, said of the clip: "the video stops halfway" (a woman who stops halfway is a scene). */
const SHORT = [
  ...['stops halfway', 'stopped halfway', 'ends halfway', 'stops midway', 'ends midway', 'ends early', 'ended early', 'ends too early'],
  ...['stops early', 'is truncated', 'was truncated', 'got truncated', 'gets truncated', 'is cut short', 'was cut short'],
  ...['got cut short', 'is incomplete', 'was incomplete', 'is unfinished'],
];
/** The end of the clip missing ("the last few frames are missing"). */
const ENDS = [
  'last frames',
  'last few frames',
  'last second',
  'last seconds',
  'last few seconds',
  'final frames',
  'final seconds',
  'ending',
];
const MISSING = ['are missing', 'is missing', 'were missing', 'was missing', 'got cut', 'are cut off', 'is cut off', 'get cut off'];

export const HARD_EN_OUTPUT: Partial<Record<HardKey, readonly string[]>> = {
  modin: [
    ...cross(REFUSE, INPUTS),
    ...cross(INPUT_NOUNS, REFUSED),
    ...cross(NOT_LET, ['my prompt', 'this prompt', 'the prompt', 'that prompt', 'my image', 'this image', 'the image', 'my photo']),
    ...cross(['refused to', 'refuses to', "won't", 'will not'], cross(['generate', 'accept', 'process', 'use'], INPUTS)),
    ...['banned prompt', 'banned word', 'banned words', 'blocked word', 'blocked words', 'forbidden word', 'forbidden words'],
    ...['sensitive word', 'sensitive words', 'image denied', 'input denied'],
  ],
  modout: [
    ...cross(OUTPUTS, REMOVED),
    ...cross(['blurred', 'blurred out', 'censored', 'removed', 'deleted', 'hid', 'flagged'], MY_OUTPUT),
    ...['blurred by the filter', 'censored after generation', 'moderated after generation'],
  ],
  moderation: [
    ...['nsfw', 'nsfw filter', 'content filter', 'safety checker', 'not permitted', 'inappropriate content', 'sensitive content'],
    ...['explicit content', 'unsafe content', 'harmful content', 'terms of service', 'terms of use', 'was denied', 'got denied'],
    'request denied',
    // The filter named with what it did ("tripped the filter", "caught by the safety filter").
    ...cross(
      ['triggered', 'triggers', 'trips', 'tripped', 'caught by', 'got caught by', 'blocked by'],
      ['the filter', 'the safety filter', 'the nsfw filter'],
    ),
    ...['filtered out', 'got filtered', 'gets filtered', 'does not comply', "doesn't comply", 'our guidelines', 'our policies'],
    ...[
      'safety guidelines',
      'safety policy',
      'safety policies',
      'moderation filter',
      'content warning',
      'restricted content',
      'not safe for work',
    ],
  ],
  blank: [
    ...cross(FLAT_SUBJECTS, cross(COPULAS, FLAT)),
    ...cross(WHOLE, FLAT),
    ...cross(['video is pure', 'output is pure', 'screen is pure'], ['grey', 'gray']),
    ...STATIC,
    // A whole output of NaNs comes out black (the label conventions: "an output full of NaNs" is a blank output).
    ...['nan', 'nans', 'nan values', '0 bytes', '0 kb'],
  ],
  truncated: [
    ...cross(['video', 'clip', 'output', 'generation', 'render', 'result'], SHORT),
    // "Halfway through" is through the clip; a walker stops halfway across the room.
    ...cross(['stops', 'stopped', 'ends', 'ended', 'cuts off', 'cut off', 'cuts out'], ['halfway through', 'midway through']),
    ...cross(ENDS, MISSING),
    ...cross(['shorter than'], ['expected', 'i expected', 'selected', 'specified', 'the audio', 'the input', 'i set', 'i asked for']),
    ...['truncated video', '0 frames', 'zero frames'],
  ],
};
