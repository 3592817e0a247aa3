import { describe, it } from 'vitest';
import { expectHardFailure, expectNoHardFailure, foundWithSilentTwin } from './found.ts';

// Issue 16, session 12's language round: the de, ja and fr lexicons were written from a few tuning sentences, so the
// ordinary ways people say a failure in those languages were checked one family at a time (general knowledge, not
// any labelled set) and the missing ones added. Each complaint stands beside a near-identical twin that must name
// nothing: negated, praised, a topic word alone, or the same defect word said of something outside the modes.

// Garbled writing said plainly: not to be deciphered, muddled letters, letters or a language that do not exist,
// incomprehensible, full of typos (lexicon/symptoms.ts, de/fr/ja cues). Said of a voice, or negated, it is nothing.
describe('garbled writing in de, fr and ja is text; the same words negated or said of a voice are not', () => {
  it.each([
    ['de', 'Der Text auf dem Plakat ist kaum zu entziffern', 'Der Text auf dem Plakat ist gut zu entziffern'],
    ['de', 'Die Aufschrift ist nicht entzifferbar', 'Die Aufschrift ist entzifferbar'],
    ['de', 'Auf dem Schild stehen wirre Buchstaben', 'Auf dem Kopf stehen wirre Haare'],
    ['de', 'Die Schrift auf der Tafel ist unverständlich', 'Die Stimme des Sprechers ist unverständlich'],
    ['de', 'Der Schriftzug ist völlig verstümmelt', 'Der Schriftzug ist nicht verstümmelt'],
    ['de', 'Die Schilder sind voller Fantasiewörter', 'Die Schilder sind voller Wörter'],
    ['de', 'Auf der Tafel stehen Buchstaben, die es nicht gibt', 'Auf der Tafel stehen keine Buchstaben'],
    ['fr', 'Les inscriptions sont incompréhensibles', 'Le son est incompréhensible'],
    ['fr', "L'enseigne affiche un texte sans queue ni tête", "L'enseigne affiche un texte"],
    ['fr', 'Le titre est truffé de fautes', "C'est la faute du modèle"],
    ['fr', 'Une faute de frappe sur le panneau', 'Pas de fautes sur le panneau'],
    ['fr', 'Le logo est indéchiffrable', 'Le logo est déchiffrable'],
    ['fr', "Des lettres qui n'existent pas sur l'affiche", "Des lettres bien nettes sur l'affiche"],
    ['ja', '看板の文字が意味をなさない', '声が意味をなさない'],
    ['ja', '看板の文字が判読できない', '看板の文字は判読できる'],
    ['ja', '存在しない言語のような文字が出る', '文字'],
  ])('%s: "%s" is text; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'text'));
});

// A person drifting from who it is, said the ordinary ways: looks different from shot to shot (as "sieht anders
// aus"), loses its identity or looks (as en "loses"), not alike (negated "ähnlich"), less and less alike, unstable
// (as "not stable"). The twins keep the likeness, or say the same words of a connection or of one's balance.
describe('a likeness lost in de, fr and ja is identity; kept, or the same words said of something else, it is not', () => {
  it.each([
    ['de', 'Die Figuren sehen von Bild zu Bild unterschiedlich aus', 'Die Figuren sehen von Bild zu Bild gleich aus'],
    ['de', 'Der Charakter verliert seine Identität', 'Der Charakter behält seine Identität'],
    ['de', 'Sie sieht ihr nicht ähnlich', 'Sie sieht ihr sehr ähnlich'],
    ['de', 'Sie sieht sich selbst immer weniger ähnlich', 'Ich habe ein ähnliches Problem'],
    ['de', 'Das Gesicht ist instabil', 'Die Verbindung ist instabil'],
    ['de', 'Die Ähnlichkeit geht nach ein paar Sekunden verloren', 'Er verliert das Gleichgewicht und fällt'],
    ['fr', 'Le personnage perd son identité', 'Le personnage garde son identité'],
    ['fr', 'Elle ressemble de moins en moins à elle-même', 'Elle ressemble toujours à elle-même'],
    ['fr', 'Le visage est instable', 'La connexion est instable'],
    ['fr', 'La femme perd son visage au fil des plans', "La femme perd l'équilibre au fil des plans"],
    ['ja', '顔の特徴が失われる', '顔の特徴は失われていない'],
    ['ja', 'だんだん本人に似なくなる', '本人によく似ている'],
    ['ja', '顔が不安定', '声が不安定'],
    ['en', 'the face loses its likeness after a few seconds', 'he loses his balance after a few seconds'],
  ])('%s: "%s" is identity; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'identity'));
});

// Brightness said unstable or fluctuating (不安定, 変動) is colour, as 安定しない; generation said unstable is nothing.
describe('brightness that is unstable in ja is color; an unstable generation is not', () => {
  it.each([
    ['ja', '明るさが不安定', '生成が不安定'],
    ['ja', '明るさが変動する', '料金が変動する'],
  ])('%s: "%s" is color; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'color'));
});

// A part too long or short (as de "zu lang"), a lump (as klumpig), the human body as a whole (人体), bent the
// impossible way: anatomy. The twins negate it or say it of the clip or the loading time.
describe('a part drawn too long, as a lump or bent the impossible way is anatomy in de, fr and ja', () => {
  it.each([
    ['de', 'Die Hände verschwimmen zu einem Klumpen', 'Die Hände sind kein Klumpen mehr'],
    ['fr', 'Les doigts sont beaucoup trop longs', 'Les doigts ne sont pas trop longs'],
    ['fr', 'Les jambes sont trop courtes', 'La vidéo est trop courte'],
    ['ja', '指が長すぎる', '動画が長すぎる'],
    ['ja', '人体の描写が崩れる', '人体'],
    ['ja', '腕がありえない方向に曲がる', '腕が自然に動く'],
  ])('%s: "%s" is anatomy; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'anatomy'));
});

// Disfigured or mangled (verunstaltet, défiguré, massacré) is a thing drawn broken, as entstellt: a part is anatomy,
// writing is text; negated, or the noun "un massacre" with nothing drawn, it is nothing.
describe('disfigured or mangled in de and fr names the part it is said of', () => {
  it.each([
    ['de', 'text', 'Das Logo ist total verunstaltet', 'Das Logo ist nicht verunstaltet'],
    ['de', 'anatomy', 'Die Hände sind verunstaltet', 'Die Hände sind nicht verunstaltet'],
    ['fr', 'anatomy', 'Le visage est complètement défiguré', "Le visage n'est pas défiguré"],
    ['fr', 'text', 'Le logo est complètement massacré', 'Un massacre dans un film de guerre'],
  ])('%s: %s, "%s"; "%s" names nothing', (_lang, mode, complaint, twin) => foundWithSilentTwin(complaint, twin, mode));
});

// An intensifier inside a German phrase ("stimmen überhaupt nicht", "passen gar nicht"), as ganz and total are.
describe('"überhaupt" or "gar" inside a German defect phrase keeps it; the praise twin names nothing', () => {
  it.each([
    ['Die Proportionen stimmen überhaupt nicht', 'Die Proportionen stimmen'],
    ['Die Hände passen gar nicht zum Körper', 'Die Hände passen zum Körper'],
  ])('"%s" is anatomy; "%s" names nothing', (complaint, twin) => foundWithSilentTwin(complaint, twin, 'anatomy'));
});

// Colour draining out (se décolore, 色が抜ける) is a fade, colour by batch 9; bleached hair or strength draining is not.
describe('colour draining out in fr and ja is color; bleached hair or strength draining is not', () => {
  it.each([
    ['fr', 'Vers la fin tout se décolore', 'Les cheveux décolorés de la femme'],
    ['ja', '最後の方で色が抜ける', '最後の方で力が抜ける'],
  ])('%s: "%s" is color; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'color'));
});

// No longer being who it was (じゃなくなる, ではなくなる) is the likeness lost; staying the same is nothing.
describe('a person or pet that stops being itself in ja is identity', () => {
  it.each([
    ['最後はうちの犬じゃなくなっている', 'うちの犬は変わらない'],
    ['途中から本人ではなくなる', '最後まで本人のまま'],
  ])('"%s" is identity; "%s" names nothing', (complaint, twin) => foundWithSilentTwin(complaint, twin, 'identity'));
});

// Hard failures said with the verb: "je n'ai pas de vidéo" (its own n' negated the bare "pas de vidéo"), and
// 動画が作れない (its ない negated an エラー beside it). The twins say the same words of something that went fine.
describe('no video said with the verb in fr, a video that cannot be made in ja, are hard failures', () => {
  it.each([
    ["Mes crédits ont été débités mais je n'ai pas de vidéo", 'charged_no_output'],
    ["Les crédits ont été débités et il n'y a aucune vidéo", 'charged_no_output'],
    ["Je n'ai reçu aucune vidéo depuis hier", 'generation_error'],
    ['エラーが出て動画が作れない', 'generation_error'],
  ])('"%s" is %s', (text, kind) => expectHardFailure(text, kind));
  it.each([
    ["Je n'ai pas de problème avec la vidéo", []],
    ['動画が作れないほど手が崩れる', ['anatomy']],
  ])('"%s" is no hard failure', (text, modes) => expectNoHardFailure(text, modes as string[]));
});

// ずつ (少しずつ "little by little", 一本ずつ "one at a time") is no written negative ず: a change said to come little by
// little is still a change. The twins negate it with ない.
describe('a change that comes little by little (少しずつ) in ja is still a change', () => {
  it.each([
    ['identity', '登場人物の顔が少しずつ別人のように変わっていく', '顔は少しずつも変わらない'],
    ['color', '色が少しずつ変わる', '色は少しも変わらない'],
    ['anatomy', '指が一本ずつ増える', '指は増えない'],
  ])('%s: "%s"; "%s" names nothing', (mode, complaint, twin) => foundWithSilentTwin(complaint, twin, mode));
});

// Hardly, only vaguely or no likeness (kaum noch Ähnlichkeit, ne ressemble que vaguement) is the likeness lost, as
// "ähnelt kaum"; a strong likeness is nothing.
describe('hardly any likeness left in de and fr is identity; a strong likeness is nothing', () => {
  it.each([
    ['de', 'Die Person im Video hat mit dem Original kaum noch Ähnlichkeit', 'Die Person im Video hat große Ähnlichkeit mit dem Original'],
    ['de', 'Die Person hat keine Ähnlichkeit mit dem Foto', 'Die Person hat eine starke Ähnlichkeit mit dem Foto'],
    ['fr', 'La personne générée ne ressemble que vaguement à la photo', 'La personne générée ressemble parfaitement à la photo'],
  ])('%s: "%s" is identity; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'identity'));
});

// Writing with no sense to it (意味のわからない, sans aucun sens), unreadable in the past (読めなかった) or not real
// (実在しない文字): text. A sense of humour, a real person, or writing read fine is nothing.
describe('writing with no sense, unreadable or unreal in fr and ja is text', () => {
  it.each([
    ['ja', '背景の看板には意味のわからない文字列が並んでいる', '背景の看板には文字列が並んでいる'],
    ['ja', '日本語の文字はほとんどが崩れていて読めなかった', '看板の文字は問題なく読めた'],
    ['ja', '看板の文字が実在しない文字になっている', '実在する人物'],
    ['fr', 'Les panneaux affichent des lettres sans aucun sens', "Une vidéo sans aucun sens de l'humour"],
  ])('%s: "%s" is text; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'text'));
});

// A picture turning a colour by itself (jaunit, noircit à la fin): a cast or a fade, colour by batches 7 and 9.
describe('a picture turning yellow or black by itself in fr is color; negated, or a sky that is blue, it is not', () => {
  it.each([
    ["L'image jaunit progressivement", "L'image ne jaunit pas"],
    ['La vidéo noircit à la fin', 'Le ciel est bleu à la fin'],
  ])('"%s" is color; "%s" names nothing', (complaint, twin) => foundWithSilentTwin(complaint, twin, 'color'));
});

// Cannot be made out (判別できない, 読み取れない, kaum zu erkennen, indiscernable) is a blur word: writing that cannot
// be made out is unreadable, text; a face or an expression that cannot be made out is how sharp the picture is.
describe('writing that cannot be made out is text in de, fr and ja; a face that cannot be is nothing', () => {
  it.each([
    ['ja', 'ロゴの文字が判別できない', '顔が判別できない'],
    ['ja', '文字がにじんでいて読み取れない', '表情が読み取れない'],
    ['de', 'Die Schrift auf dem Schild ist kaum zu erkennen', 'Das Gesicht ist kaum zu erkennen'],
    ['fr', 'Le texte est indiscernable', 'Le visage est indiscernable'],
  ])('%s: "%s" is text; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'text'));
});

// Ja: a strange shape (奇妙な形) as 変な形, not drawn right (正しく描画されない) as 正しくない, who it is cannot be
// told (誰だかわからない), no trace of the likeness left (面影がない), a colour shift in photographers' words (色転び).
describe('more ordinary ja ways of saying the four failures', () => {
  it.each([
    ['anatomy', '人物の手が奇妙な形をしている', '人物の手が自然な形をしている'],
    ['text', '日本語のテキストが正しく描画されない', '日本語のテキストが正しく描画される'],
    ['identity', '途中から誰だかわからない顔になる', '誰だかわからないけど、すごい動画'],
    ['identity', '元の画像の面影がない', '元の画像の面影が残っている'],
    ['color', '全体的に色が転んでいる', '子供が転んでいる'],
  ])('%s: "%s"; "%s" names nothing', (mode, complaint, twin) => foundWithSilentTwin(complaint, twin, mode));
});

// White or black for a moment (一瞬真っ白になる, wird kurz weiß, devient noir un instant, goes white for a split
// second) is a flashing frame, colour by batches 6, 8 and 10; a video that is all white or black stays a blank output.
describe('a picture white or black for a moment is color; a video all black is a blank output', () => {
  it.each([
    ['ja', '画面が一瞬真っ白になる', '動画が真っ白'],
    ['ja', '途中で一瞬真っ暗になる', '真っ黒な動画が出てきた'],
    ['de', 'Das Bild wird kurz komplett weiß', 'Das Video ist komplett schwarz'],
    ['en', 'the screen goes white for a split second', 'the video is black'],
  ])('%s: "%s" is color; "%s" is a blank output', (_lang, complaint, twin) => {
    expectNoHardFailure(complaint, ['color']);
    expectHardFailure(twin, 'blank_output');
  });
  it('fr: "Tout devient noir un instant" is color', () => expectNoHardFailure('Tout devient noir un instant', ['color']));
});

// A defect said to be history or over (ist Geschichte, gehört der Vergangenheit an, 過去のもの), one asked how to
// avoid (vermeiden, éviter) or said to be fixed (behebt, résoudre), is no complaint, as "behoben"; the complaint
// beside it says the same defect is there.
describe('a defect said to be history, or one to avoid, names nothing in de, fr and ja', () => {
  it.each([
    ['de', 'Verschmolzene Finger sind in jedem Clip zu sehen', 'Laut Hersteller sind verschmolzene Finger jetzt Geschichte'],
    ['de', 'Verformte Hände in jedem Clip', 'Verformte Hände gehören der Vergangenheit an'],
    ['de', 'Das Modell macht verformte Hände', 'Wie vermeidet man verformte Hände?'],
    ['fr', 'Le modèle fait des mains déformées', 'Comment éviter les mains déformées ?'],
    ['de', 'Das Update macht die Hände verformt', 'Das Update behebt die verformten Hände'],
    ['fr', 'Le modèle fait des mains déformées', 'Le nouveau modèle promet de résoudre les mains déformées'],
    ['ja', '指の破綻がひどい', '指の破綻はもう過去のもの'],
  ])('%s: "%s" is anatomy; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'anatomy'));
});

// French forms the lexicon lacked: one fewer (un doigt en moins, as en trop), twisting (se tord), no longer the same
// (n'est plus la même, which folds like the vanish "n'est plus là"), features that alter (se modifient), nothing to
// do with what is said (n'ont aucun rapport avec), and the plural of "tourne au" (tournent au vert).
describe('more ordinary fr ways of saying the four failures', () => {
  it.each([
    ['anatomy', 'La main gauche a un doigt en moins', 'Le rendu prend dix secondes en moins'],
    ['anatomy', 'Le corps se tord dans tous les sens', 'Le corps ne se tord pas'],
    ['identity', "Au bout de quelques secondes, ce n'est plus la même femme", "C'est toujours la même femme"],
    ['identity', 'Ses traits se modifient au fil de la vidéo', 'Ses traits ne se modifient pas'],
    ['text', "Les sous-titres n'ont aucun rapport avec ce qui est dit", "Le résultat n'a aucun rapport avec mon prompt"],
    ['color', 'Les couleurs tournent au vert', 'Les danseurs tournent au centre'],
  ])('%s: "%s"; "%s" names nothing', (mode, complaint, twin) => foundWithSilentTwin(complaint, twin, mode));
});

// The person said not to be oneself (bin nicht ich, is not me, no soy yo, não sou eu, 私の顔じゃない) or to look
// foreign (sieht fremd aus): one's own likeness lost. The twins say the same words of something that is not a face.
describe('the person said not to be oneself is identity; the same words of a doubt or a style are not', () => {
  it.each([
    ['de', 'Die Person auf dem Video bin nicht ich', 'Ich bin nicht sicher, ob das Video fertig ist'],
    ['de', 'Mein Gesicht sieht komplett fremd aus', 'Mein Gesicht sieht vertraut aus'],
    ['en', 'the person in the video is not me', "it's not me who picked the style"],
    ['es', 'La persona del video no soy yo', 'La persona del video soy yo'],
    ['pt', 'A pessoa do vídeo não sou eu', 'A pessoa do vídeo sou eu'],
    ['ja', '動画の顔が私の顔じゃない', '動画の顔は私の顔そのもの'],
  ])('%s: "%s" is identity; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'identity'));
});

// Typo-matching reads one edit away: "verliebt" is one edit from "verliert", "verdict" from "verdit". The lose verbs
// are read only with what is lost after them, and "verdit" is left out, so these name nothing.
describe('words one edit from a new entry name nothing', () => {
  it.each([
    ['de', 'Er verliert sein Gesicht nach drei Sekunden', 'Er ist nach drei Sekunden in sie verliebt', 'identity'],
    ['fr', "L'image jaunit progressivement", "Verdict : l'image est réussie", 'color'],
  ])('%s: "%s"; "%s" names nothing (%s)', (_lang, complaint, twin, mode) => foundWithSilentTwin(complaint, twin, mode));
});
