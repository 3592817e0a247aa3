import { describe, expect, it } from 'vitest';
import { classify } from '../../src/classifier/classify.ts';
import { expectHardFailure, expectNoHardFailure } from './found.ts';

/**
 * The hard-failure families (lexicon/hard-en.ts, hard-en-output.ts, cut-short.ts, stalled.ts, codes.ts), each with
 * sentences that must give the kind and near-miss twins with the same words that must not: the thing that fails is
 * what makes the family, so the twin names a thing in the scene instead (a walker, a lamp, a car, a shirt).
 */
const families: [string, [string, string][], [string, string[]][]][] = [
  [
    'a job, its progress bar or the site that stalls',
    [
      ['the render froze halfway and never finished', 'stuck'],
      ['the progress bar is frozen', 'stuck'],
      ['the generation never completes', 'stuck'],
      ['it keeps loading forever', 'stuck'],
      ['it hangs at loading model', 'stuck'],
      ['my generation has been rendering for 3 hours', 'stuck'],
      ['it keeps saying queued', 'stuck'],
      ['the generation stopped', 'stuck'],
      ['the request expired', 'stuck'],
      ['the progress doesn’t go past 50%', 'stuck'],
    ],
    [
      ['the picture hangs on the wall', []],
      ['the man froze in place', []],
      ['the dog keeps running forever', []],
      ['I have been generating videos for days and love it', []],
      ['the lamp hangs at the top of the frame', []],
      ['the car is stuck in the wall', []],
      ['the dog stopped', []],
      ['the colours are not above 50% saturation', []],
    ],
  ],
  [
    'a job or site that crashes, a console error, nothing made',
    [
      ['the app crashed during generation', 'generation_error'],
      ['the server is overloaded', 'generation_error'],
      ['CUDA out of memory', 'generation_error'],
      ['Bei mir kommt CUDA out of memory', 'generation_error'],
      ['RuntimeError: expected scalar type', 'generation_error'],
      ['it doesn’t generate anything', 'generation_error'],
      ['the video didn’t render', 'generation_error'],
      ['the generation was cancelled', 'generation_error'],
      ['my render got aborted halfway', 'generation_error'],
      ['the job keeps getting killed', 'generation_error'],
      ['nothing was produced', 'generation_error'],
      ['bad gateway', 'generation_error'],
    ],
    [
      ['the car crashes into the wall', []],
      ['the room is out of focus', []],
      ['the man was killed in the scene', []],
      ['nothing was wrong with the hands', []],
      ['it doesn’t generate the hands right, they melt', ['anatomy']],
    ],
  ],
  [
    'a video that never came, credits taken for it',
    [
      ['the video never came', 'generation_error'],
      ['they took my credits and the video never came', 'charged_no_output'],
      ['it ate 100 credits and the video never came', 'charged_no_output'],
      ['I was charged but never received a video', 'charged_no_output'],
      ['my credits disappeared and no video', 'charged_no_output'],
      ['The credits were consumed and nothing was generated', 'charged_no_output'],
      ['credits are gone and there’s nothing in my library', 'charged_no_output'],
      ['the video never showed up in my gallery', 'generation_error'],
      ['the video isn’t in my library', 'generation_error'],
    ],
    [
      ['the dog in the video disappeared', []],
      ['the cat in the clip vanished', []],
      ['I paid for pro and the hands still melt', ['anatomy']],
      ['my credits are fine, the faces change though', ['identity']],
      ['the hands are not in my library of references, they melt', ['anatomy']],
      ['my library is full of great videos', []],
    ],
  ],
  [
    'a prompt or picture refused, an output censored',
    [
      ['it refused my prompt', 'moderation_input'],
      ['my prompt was refused', 'moderation_input'],
      ['my prompt keeps getting flagged', 'moderation_input'],
      ['my image was denied', 'moderation_input'],
      ['it won’t let me use this prompt', 'moderation_input'],
      ['the NSFW filter blurred my video', 'moderation_output'],
      ['the output was censored', 'moderation_output'],
      ['the NSFW filter keeps triggering', 'moderation'],
      ['it tripped the safety filter', 'moderation'],
    ],
    [
      ['it refused to look natural, the hands are weird', ['anatomy']],
      ['the background is blurred', []],
      ['the light was filtered through the trees', []],
      ['the sign is blocked by a truck', []],
    ],
  ],
  [
    'an output flat black, grey, empty or noise',
    [
      ['my generations come out completely grey', 'blank_output'],
      ['all my videos are black', 'blank_output'],
      ['the render is empty', 'blank_output'],
      ['all I got was static noise', 'blank_output'],
      ['the output is full of NaN', 'blank_output'],
      ['all I see is black', 'blank_output'],
    ],
    [
      ['the sky comes out grey', []],
      ['it came out black and white like I asked', []],
      ['the cat is all black', []],
      ['all I see is black shirts', []],
      ['the shirt is black', []],
      ['the screen in the video is black', []],
    ],
  ],
  [
    'a clip cut short',
    [
      ['the video stops halfway through', 'truncated_output'],
      ['the clip stops after 2 seconds', 'truncated_output'],
      ['I got 4 seconds instead of 10', 'truncated_output'],
      ['I asked for 10 seconds but got 4', 'truncated_output'],
      ['only 2 seconds were generated', 'truncated_output'],
      ['the last few frames are missing', 'truncated_output'],
      ['the lip sync is cut off at the end', 'truncated_output'],
    ],
    [
      ['the woman stops halfway across the room', []],
      ['the man stops after 2 seconds', []],
      ['I got 10 seconds instead of 5', []],
      ['the hands got cut off by the frame', []],
      ['the woman stops walking', []],
    ],
  ],
];

describe.each(families)('hard-failure family: %s', (_name, failures, twins) => {
  it.each(failures)('%s -> %s, quoting the person’s words', (text, kind) => expectHardFailure(text, kind));

  it.each(twins)('%s -> no hard failure, modes %j', (text, modes) => expectNoHardFailure(text, modes));
});

describe('a bare word of blocking, cutting or blackness after a thing, across a clause break', () => {
  it('is said of something else after "and": the upload was refused', () => {
    expect(classify('I uploaded a photo of a woman and it got blocked').hardFailure?.kind).toBe('moderation');
  });
});
