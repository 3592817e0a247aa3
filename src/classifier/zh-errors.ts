/**
 * A Chinese provider's job message pasted into a report in another language ("when i create video, it's become error
 * like: ❌ 生成任务创建失败", public tuning split, `generation_error`): Kling, Hailuo and Jimeng/Dreamina users paste the
 * app's own words. The language detector has no Chinese and the lexicons are read in the detected language only, so,
 * like codes.ts, these are found in any language. Only simplified-Chinese strings that are plainly a job's state:
 * 败, 队, 审, 违, 积 and 扣 are not written so in Japanese, so 生成に失敗 (失敗, Japanese's own lists) and 生成中 are never
 * read here, and a traditional 生成失敗 is left to the Japanese lists it would collide with.
 * - failed: 生成失败, 任务失败, 创建失败, 请求失败 (any 失败), 生成出错;
 * - queued: 排队中, 排队等待 (a job waiting in the queue: a stall when it is what the person reports);
 * - refused: 审核不通过, 未通过审核, 内容违规, 涉嫌违规, 敏感内容;
 * - charged: 积分已扣, 已扣除积分, 扣了积分, 扣费.
 */
import { LANGS } from './lang.ts';
import type { HardKey } from './lexicon/index.ts';
import type { Hit } from './matcher.ts';
import { eachMatch } from './each-match.ts';
import { makeHit } from './hit.ts';

/** Folded text keeps Han characters as they are; the first pattern that matches a span wins (moderation over 失败). */
const ZH: readonly (readonly [RegExp, HardKey])[] = [
  [
    /审核(?:不通过|未通过|失败|不合格)|未通过审核|(?:内容|涉嫌|存在)违规|违规内容|违反[^\s。，,]{0,6}(?:规定|政策|协议)|敏感(?:内容|词)/g,
    'moderation',
  ],
  [/积分[^\s。，,]{0,3}扣|扣[^\s。，,]{0,2}积分|扣费|已扣除/g, 'charge'],
  [/排队(?:中|等待)/g, 'stuck'],
  [/[\u4e00-\u9fff]{0,6}失败|(?:生成|任务|请求)出错/g, 'error'],
];

/** Any simplified character these strings need: most descriptions have none, and skip the scans. */
const GATE = /[败队审违积扣错]/;

/** Hard-failure hits for Chinese job messages in a folded description, whatever its detected language. */
export function zhErrorHits(folded: string): Hit[] {
  const out: Hit[] = [];
  if (!GATE.test(folded)) return out;
  for (const [re, key] of ZH) {
    for (const m of eachMatch(folded, re)) {
      if (out.some((h) => h.start < m.index + m[0].length && m.index < h.end)) continue;
      // Three words, as a code: the message is one, and no word inside it wins.
      out.push(makeHit({ kind: 'hard', key }, m.index, m.index + m[0].length, 3, false, true, LANGS));
    }
  }
  return out;
}
