import { describe, it } from 'vitest';
import { expectHardFailure, expectNoHardFailure } from './found.ts';

/**
 * The s14 hard-failure recall round (/work/notes/s14/hard-families.md): families of how people report a job that gave
 * no video, each with sentences nobody tuned on, and twins with the same words that must not give a hard failure.
 */
const families: [string, [string, string][], [string, string[]][]][] = [
  [
    'a Chinese provider message pasted into a report (zh-errors.ts)',
    [
      ['Kling shows 生成失败 every time I try', 'generation_error'],
      ['Hailuo just says 任务失败, no video', 'generation_error'],
      ['Jimeng ha mostrado 请求失败 toda la mañana', 'generation_error'],
      ['Das Video bleibt bei 排队中 seit zwei Stunden', 'stuck'],
      ['Hailuo says 审核不通过 for a photo of my dog', 'moderation'],
      ['Dreamina me dit 内容违规 pour une simple plage', 'moderation'],
      ['It said 生成失败 but 积分已扣', 'charged_no_output'],
      ['生成失败，请稍后重试', 'generation_error'],
    ],
    [
      ['这个视频很好', []],
      ['失敗作ばかりだった', []],
      ['生成に失敗しましたが、もう一度試したら手が溶けていた', ['anatomy']],
      ['Kling 生成的视频 looks great but the hands melt', ['anatomy']],
    ],
  ],
];

describe.each(families)('hard-failure family (s14): %s', (_name, failures, twins) => {
  it.each(failures)('%s -> %s, quoting the person’s words', (text, kind) => expectHardFailure(text, kind));

  it.each(twins)('%s -> no hard failure, modes %j', (text, modes) => expectNoHardFailure(text, modes));
});
