import { cross } from './cross.ts';
import type { HardKey } from './hard.ts';
import { HARD_EN_OUTPUT } from './hard-en-output.ts';

/**
 * English hard-failure words as families rather than sentences (issue 16: on people's untuned words a third of the
 * hard failures got no answer, most said with a verb or noun the phrase list lacked). Each family is a thing that can
 * fail (the job, its progress, the output, the credits, the prompt) crossed with what people say happened to it, so
 * "the render hangs", "the progress bar froze" and "the job never finishes" are one family. The thing is always named:
 * "it hangs", "it froze" or "the video stops" alone is as often a picture on a wall, a frozen frame or a walker.
 * This file holds the job's side (stalls, errors, no video, credits); hard-en-output.ts the output's.
 */

/** The job and what shows its progress: what stalls, crashes or never ends (never the video, whose frame can freeze). */
const JOBS = [
  ...['generation', 'generations', 'render', 'renders', 'rendering', 'job', 'jobs', 'task', 'tasks', 'process', 'request'],
  ...['progress', 'progress bar', 'loading bar', 'loading screen', 'spinner', 'queue', 'app', 'site', 'website', 'server', 'servers'],
];
const STALLS = [
  ...['hangs', 'hung', 'is hanging', 'keeps hanging', 'freezes', 'froze', 'is frozen', 'was frozen', 'stalls', 'stalled', 'is stalled'],
  ...['gets stuck', 'got stuck', 'is stuck', 'never moves', 'does not move', "doesn't move", "won't move", 'is not moving'],
  ...["isn't moving", 'stopped moving', 'never finishes', "doesn't finish", "won't finish", 'never completes', "doesn't complete"],
  ...["won't complete", 'never ends', 'never loads', "doesn't load", "won't load", 'never starts', "doesn't start", "won't start"],
  ...['stopped', 'stops', 'stopped working', 'stops working'],
  ...['just spins', 'keeps spinning', 'keeps loading', 'keeps running', 'runs forever', 'spins forever', 'is still running'],
  'is still loading',
];
/** A wait said to have no end: the adverb is what makes it a stall ("loading forever", not "loading"). */
const WAITS = [
  'loading',
  'spinning',
  'processing',
  'pending',
  'queued',
  'waiting',
  'rendering',
  'generating',
  'buffering',
  'hanging',
  'running',
];
const ENDLESS = ['forever', 'indefinitely', 'endlessly', 'nonstop', 'for ever', 'for ages', 'without end'];
/** A stall at a named step of a local run ("hangs at loading model", "freezes on the VAE decode step"). */
const STOP_VERBS = ['hangs', 'hung', 'freezes', 'froze', 'is frozen', 'stops', 'stopped', 'gets stuck', 'got stuck', 'stays'];
const STEPS = [
  ...['on step', 'at step', 'on the step', 'at the step', 'on the last step', 'at the last step', 'on the final step', 'on loading'],
  ...['at loading', 'while loading', 'during sampling', 'on sampling', 'at sampling', 'on the vae', 'at the vae', 'on vae', 'at vae'],
  ...['on decoding', 'at decoding', 'during decoding', 'on the ksampler', 'at the ksampler', 'in the ksampler'],
];
/** The status a stalled job keeps showing ("it keeps saying queued"). */
const STATUS = ['queued', 'processing', 'pending', 'generating', 'loading', 'in queue', 'in progress', 'rendering'];

/** Crashing is said of the job or the site: "the car crashes" is a scene. */
const CRASHES = ['crashed', 'crashes', 'keeps crashing', 'crashed halfway', 'crashed midway', 'is down', 'is overloaded'];
const DURING = ['during generation', 'during the generation', 'while generating', 'during rendering', 'while rendering', 'mid generation'];
const NOTHING_MADE = ['generate anything', 'produce anything', 'output anything', 'render anything', 'create anything', 'return anything'];

/** What came out, as a thing that can be missing: "the video never came", "my clip vanished". */
const OUTPUTS = ['video', 'videos', 'clip', 'clips', 'output', 'outputs', 'result', 'results', 'generation', 'generations'];
const NEVER_CAME = [
  ...['never came', 'never arrived', 'never appeared', 'never showed up', 'never shows up', 'never loaded', 'never came back'],
  ...['disappeared', 'vanished', 'went missing', 'is nowhere', 'was nowhere'],
];
const RECEIVED = ['received', 'receive', 'got', 'get'];
const WHAT = ['a video', 'any video', 'my video', 'the video', 'my videos', 'the videos', 'anything', 'a result', 'any result', 'my clip'];

/** Credits, and what people say was done to them. Only with a missing video or a failure is it a hard failure. */
const CREDITS = ['credits', 'my credits', 'the credits', 'tokens', 'my tokens', 'points', 'my points', 'coins', 'my money', 'my balance'];
const TAKEN = [
  ...['are gone', 'were gone', 'disappeared', 'vanished', 'were taken', 'got taken', 'were consumed', 'got consumed', 'were eaten'],
  ...['got eaten', 'were lost', 'were burned', 'were subtracted', 'were removed', 'were charged', 'still deducted', 'still taken'],
  ...['still used', 'still gone', 'were still deducted', 'were still taken', 'were still used', 'still got deducted', 'still got used'],
];
const TAKE = [
  'took',
  'takes',
  'ate',
  'eats',
  'consumed',
  'consumes',
  'deducted',
  'deducts',
  'burned',
  'burnt',
  'drained',
  'charged',
  'stole',
];

export const HARD_EN: Partial<Record<HardKey, readonly string[]>> = {
  ...HARD_EN_OUTPUT,
  stuck: [
    ...cross(JOBS, STALLS),
    ...cross(WAITS, ENDLESS),
    ...cross(['hangs', 'hung', 'freezes', 'froze', 'stalls', 'stalled', 'gets stuck', 'got stuck'], DURING),
    ...cross(STOP_VERBS, STEPS),
    // "Has been generating for 3 hours" is a run still going ("it took 3 hours to generate" is one that finished).
    ...cross(cross(['been'], WAITS), ['for hours', 'for days', 'for an hour', 'for a day', 'since yesterday', 'all night', 'overnight']),
    ...cross(['keeps saying', 'still says', 'still shows', 'keeps showing', 'only says', 'status is still'], STATUS),
    ...['still rendering', 'still loading', 'still spinning', 'still in progress', 'keeps loading', 'keeps spinning', 'keeps buffering'],
    ...[
      'never finishes loading',
      'never finishes rendering',
      'never finishes generating',
      'infinite loading',
      'endless loading',
      'gateway timeout',
    ],
    ...cross(['request', 'task', 'job', 'generation', 'session'], ['expired', 'has expired', 'timed out']),
  ],
  error: [
    ...cross(JOBS, CRASHES),
    // A job ended by the service before any video: cancelled, aborted, interrupted, killed.
    ...cross(
      JOBS,
      cross(['was', 'got', 'gets', 'keeps getting'], ['cancelled', 'canceled', 'aborted', 'interrupted', 'terminated', 'killed']),
    ),
    ...['bad gateway', 'gateway error'],
    ...cross(['crashes', 'crashed', 'crashing', 'errors', 'errored'], DURING),
    ...cross(['did not', "didn't", 'does not', "doesn't", "won't", 'will not', 'failed to', 'could not', "couldn't"], ['render']),
    // Weak like every error word: "it doesn't generate anything realistic" names a mode, which then stands alone.
    ...cross(['did not', "didn't", 'does not', "doesn't", "won't", 'will not', 'never'], NOTHING_MADE),
    ...cross(OUTPUTS, ['never loads', "doesn't load", "won't load", "didn't load", 'fails to load', 'failed to load']),
    ...['never rendered', 'not rendering', "isn't rendering", 'unsuccessful', 'try again later', 'overloaded', 'service unavailable'],
    ...['unavailable right now', 'high demand', 'at capacity', 'corrupted file', 'corrupted video', 'file is corrupted'],
    ...['video is corrupted', 'unplayable', 'an exception', 'exception occurred', 'unhandled exception', 'stack trace'],
  ],
  nooutput: [
    ...cross(OUTPUTS, NEVER_CAME),
    // Where the video should be and is not ("nothing in my library", "it never showed up in my gallery").
    ...cross(
      [
        'nothing in',
        'is not in',
        "isn't in",
        'was not in',
        "wasn't in",
        'missing from',
        'never showed up in',
        'never appeared in',
        'nowhere in',
      ],
      ['my library', 'the library', 'my gallery', 'the gallery', 'my history', 'my creations', 'the output folder', 'my feed'],
    ),
    ...['no output file', 'no file was saved', 'file not found'],
    ...cross(
      ['nothing'],
      cross(['was', 'got', 'gets', 'is', 'ever'], ['produced', 'rendered', 'created', 'returned', 'saved', 'generated']),
    ),
    ...cross(cross(['never', 'did not', "didn't", 'have not', "haven't"], RECEIVED), WHAT),
    ...['gave me nothing', 'gives me nothing', 'give me nothing', 'got nothing back', 'nothing came back', 'nothing ever came'],
    ...['nothing ever comes', 'nothing comes out', 'nothing showed up', 'nothing shows up', 'without a result', 'without any result'],
    'without getting anything',
  ],
  charge: [...cross(CREDITS, TAKEN), ...cross(TAKE, CREDITS), 'i paid', 'we paid', 'paid money', 'paid credits'],
};
