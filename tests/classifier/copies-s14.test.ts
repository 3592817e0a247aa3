/**
 * The s14 copies round: a thing that replicates itself is the permanence failure, physics (lexicon/impossible*.ts),
 * in the forms the lists missed; the same words negated name nothing. Sentences written for this test.
 */
import { describe, it } from 'vitest';
import { foundWithSilentTwin } from './found.ts';

describe('a thing that copies itself is physics, and its negated twin is nothing', () => {
  const pairs: [string, string][] = [
    ['The chair replicates itself halfway through.', 'The chair never replicates itself.'],
    ['The cups duplicate themselves on the table.', 'The cups do not duplicate themselves on the table.'],
    ['Die Flaschen vermehren sich.', 'Die Flaschen vermehren sich nicht.'],
    ['Les chaises se répliquent.', 'Les chaises ne se répliquent pas.'],
    ['Las sillas se replican solas.', 'Las sillas no se replican.'],
    ['A cadeira se replica sozinha.', 'A cadeira não se replica.'],
  ];
  for (const [complaint, twin] of pairs) it(complaint, () => foundWithSilentTwin(complaint, twin, 'physics'));
});
