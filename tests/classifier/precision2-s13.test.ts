/**
 * The s13 prec2 round: "fail" as a verdict on outputs that exist (fail-verdict.ts), beside twins whose failing words
 * name a failed job and stay hard failures. Sentences written for this test, not tuning items.
 */
import { describe, expect, it } from 'vitest';
import { hard } from './found.ts';

describe('failing said of outputs judged bad is no hard failure (fail-verdict.ts)', () => {
  const verdicts = [
    // A share or count of outputs that fail.
    'Half of my clips fail, the motion is all wrong.',
    'About 70% of the videos fail and I have to regenerate them.',
    'Most of them failed, they look nothing like what I asked for.',
    'La mitad de los videos fallan, hay que repetirlos.',
    'Metade dos vídeos falha sempre.',
    'La moitié des vidéos échouent.',
    'Die Hälfte der Videos ist schiefgelaufen.',
    // Failures as a noun for bad videos, judged by degree.
    'Two of the three videos were complete failures.',
    'Honestly the last batch was a total failure.',
    'Fallo total, el video no se parece a nada.',
    'Uma falha total, o vídeo não tem nada a ver.',
    'Un échec total, la vidéo ne ressemble à rien.',
    // Fail beside a verdict of quality.
    'It fails a lot: the results are glitched and unusable.',
    'The clips often fail, they just ignore my prompt.',
    'Es ist wieder schiefgelaufen, das Ergebnis ist völlig unbrauchbar.',
    'Ça échoue souvent, les vidéos sont inutilisables.',
    'Falla muchísimo: los clips salen incoherentes.',
    'Falhou de novo, o resultado é inutilizável.',
    // A model failing at a skill.
    'The model failed at keeping her dress the same colour.',
    'O modelo falhou ao desenhar as mãos.',
    // 失敗作: the noun for a failed piece that exists.
    '生成した動画の半分は失敗作でした。',
  ];
  for (const text of verdicts) it(text, () => expect(hard(text)).toBeUndefined());
});

describe('failing said of the job stays a hard failure (twins)', () => {
  const jobs = [
    'The generation failed and I got no video.',
    '3 of my 4 generations failed with an error and charged me.',
    'Half of my generations failed, nothing came out.',
    'The render failed at 80%.',
    'It failed and my credits are gone.',
    'It failed with an error code 500.',
    'The upload failed twice.',
    'It failed at step 12 of 30.',
    'All of my videos failed today.',
    '2 videos failed this morning.',
    'It failed a second time.',
    'La mitad de las generaciones fallan y no recibo nada.',
    'Metade das gerações falhou.',
    // The service judged, an app message, a video missing, the job's verb after "ao"/"al".
    'It keeps failing. The app is useless.',
    'My video failed and the app shows a weird message.',
    "Failed videos don't show up anywhere.",
    'Falló al generar el video.',
    'Falhou ao gerar o vídeo.',
    "Le rendu a échoué, c'est inutilisable.",
    'It failed at the very end of the render.',
    'It failed at loading the model.',
    'La generación falló y no recibí nada.',
    'A geração falhou e não recebi o vídeo.',
    'Die Generierung ist fehlgeschlagen.',
    'La génération a échoué, aucune vidéo.',
    '生成に失敗しました。',
    '動画の生成が失敗しました。',
  ];
  for (const text of jobs) it(text, () => expect(hard(text)).toBeDefined());
});
