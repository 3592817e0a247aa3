import { describe, it } from 'vitest';
import { foundWithSilentTwin } from './found.ts';

// Issue 16, session 12's physics round: families of physically impossible motion and contact, written from how people
// complain about AI video in each language rather than from the tuning misses (lexicon/impossible.ts). Each complaint
// stands beside a twin that must name nothing: the same verb doing something ordinary, negated, or a topic word alone.
// Sentences written for these tests, not taken from any labelled set.

// Contact: a thing that moves with nothing touching it; the twin is the same motion with a touch.
describe('a thing moved by nothing is physics; moved by a touch it is nothing', () => {
  it.each([
    ['en', 'the cup moves without anyone touching it', 'the cup moves when she touches it'],
    ['de', 'Die Tasse fällt um, ohne dass sie jemand berührt', 'Die Tasse fällt um, als sie sie berührt'],
    ['fr', 'la tasse tombe sans que personne ne la touche', 'la tasse tombe quand elle la touche'],
    ['es', 'la taza se cae sin que nadie la toque', 'la taza se cae cuando ella la toca'],
    ['pt', 'a xícara cai sem ninguém tocar nela', 'a xícara cai quando ela toca nela'],
    ['ja', '誰も触れていないのにコップが倒れる', '彼女が触れるとコップが倒れる'],
  ])('%s: "%s" is physics; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'physics'));
});

// Collision with nothing: a ball that bounces off thin air; the twin bounces off a wall.
describe('bouncing off nothing is physics; off a wall it is nothing', () => {
  it.each([
    ['en', 'the ball bounces off thin air', 'the ball bounces off the wall'],
    ['de', 'Der Ball prallt an nichts ab', 'Der Ball prallt an der Wand ab'],
    ['fr', 'le ballon rebondit sur rien', 'le ballon rebondit sur le mur'],
    ['es', 'la pelota rebota contra nada', 'la pelota rebota contra la pared'],
    ['pt', 'a bola quica no nada', 'a bola quica na parede'],
    ['ja', 'ボールが何もないところで跳ね返る', 'ボールが壁で跳ね返る'],
  ])('%s: "%s" is physics; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'physics'));
});

// Locomotion: running backwards or on the spot, feet that never touch the ground. The twins run somewhere ordinary or
// touch the ground. A car that drives backwards is reversing, so the families only hold legs and wings.
describe('running backwards, on the spot or off the ground is physics; running across a field is nothing', () => {
  it.each([
    ['en', 'the horse runs backwards', 'the horse runs across the field'],
    ['en', 'the man runs on the spot instead of moving forward', 'the man runs along the beach'],
    ['en', "her feet don't touch the ground while she walks", 'her feet touch the ground while she walks'],
    ['de', 'Das Pferd läuft rückwärts', 'Das Pferd läuft über die Wiese'],
    ['de', 'Seine Füße berühren den Boden nicht', 'Seine Füße berühren den Boden'],
    ['fr', 'le cheval court à reculons', 'le cheval court dans le pré'],
    ['fr', 'ses pieds ne touchent pas le sol', 'ses pieds touchent le sol'],
    ['es', 'el caballo corre hacia atrás', 'el caballo corre por el campo'],
    ['es', 'sus pies no tocan el suelo', 'sus pies tocan el suelo'],
    ['pt', 'o cavalo corre para trás', 'o cavalo corre pelo campo'],
    ['pt', 'os pés dele não tocam o chão', 'os pés dele tocam o chão'],
    ['ja', '馬が後ろ向きに走っている', '馬が草原を走っている'],
  ])('%s: "%s" is physics; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'physics'));
});

// Materials: hair or a flag blown by no wind; the twin is blown by the wind.
describe('moving in no wind is physics; moving in the wind is nothing', () => {
  it.each([
    ['en', 'his hair moves without any wind', 'his hair moves in the wind'],
    ['de', 'Die Fahne flattert ohne Wind', 'Die Fahne flattert im Wind'],
    ['fr', 'le drapeau bouge sans vent', 'le drapeau bouge dans le vent'],
    ['es', 'la bandera se mueve sin viento', 'la bandera se mueve con el viento'],
    ['pt', 'a bandeira balança sem vento', 'a bandeira balança com o vento'],
    ['ja', '風がないのに旗が揺れている', '風で旗が揺れている'],
  ])('%s: "%s" is physics; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'physics'));
});

// Permanence: a thing that splits into two or pops into existence; the twin stays whole or is simply there.
describe('a thing that splits in two or pops into existence is physics; one that stays whole is nothing', () => {
  it.each([
    ['en', 'the bottle splits into two bottles', 'the bottle stays in one piece'],
    ['en', 'the cup pops into existence on the table', 'the cup is on the table'],
    ['de', 'Die Flasche verdoppelt sich', 'Die Flasche bleibt stehen'],
    ['fr', 'la bouteille se divise en deux', 'la bouteille reste entière'],
    ['es', 'la botella se divide en dos', 'la botella sigue entera'],
    ['pt', 'a garrafa se divide em duas', 'a garrafa continua inteira'],
    ['ja', 'ボトルが分裂する', 'ボトルがそのまま残る'],
  ])('%s: "%s" is physics; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'physics'));
});

// Materials: a solid that bends like rubber; negated, or a car that only bends round a corner, it is nothing. A texture
// "like rubber" is how a surface looks, not how it moves, so only the verb with the simile counts.
describe('a solid bending like rubber is physics; said not to, it is nothing', () => {
  it.each([
    ['en', 'the pole bends like rubber', 'the pole does not bend like rubber'],
    ['de', 'Das Auto biegt sich wie Gummi', 'Das Auto biegt um die Ecke'],
    ['fr', 'la voiture se plie comme du caoutchouc', 'la voiture ne se plie pas comme du caoutchouc'],
    ['es', 'el coche se dobla como goma', 'el coche no se dobla como goma'],
    ['pt', 'o carro dobra como borracha', 'o carro não dobra como borracha'],
    ['ja', '車がゴムのように曲がる', '車がゴムのように曲がることはない'],
  ])('%s: "%s" is physics; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'physics'));
});

// Time: a scene played backwards; the same verb about children playing is nothing, and the topic words alone are none.
describe('a scene played backwards is physics; "play" and the topic words alone are nothing', () => {
  it.each([
    ['en', 'the waves play backwards', 'the kids play on the beach'],
    ['en', 'the smoke plays in reverse', 'physics'],
    ['en', 'the rain falls upward', 'gravity'],
  ])('%s: "%s" is physics; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'physics'));
});

// Interpenetration: a thing half inside something solid; the twin is half inside a box, which things are inside of.
describe('half inside a table is physics; half inside a box is nothing', () => {
  it.each([
    ['en', 'his legs are half inside the table', 'his legs are half inside the box'],
    ['de', 'Sein Bein steckt halb im Tisch', 'Sein Bein steckt halb im Karton'],
    ['fr', 'sa jambe est à moitié dans la table', 'sa jambe est à moitié dans la boîte'],
    ['es', 'su pierna está medio metida en la mesa', 'su pierna está medio metida en la caja'],
    ['pt', 'a perna dele está meio enfiada na mesa', 'a perna dele está meio enfiada na caixa'],
    ['ja', '足が半分机にめり込んでいる', '足が半分箱に入っている'],
  ])('%s: "%s" is physics; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'physics'));
});

// Materials: a liquid that behaves like jelly; the twin behaves like water.
describe('a liquid behaving like jelly is physics; like water it is nothing', () => {
  it.each([
    ['en', 'the liquid behaves like jelly', 'the liquid behaves like water'],
    ['de', 'Die Flüssigkeit verhält sich wie Gelee', 'Die Flüssigkeit verhält sich wie Wasser'],
    ['fr', 'le liquide se comporte comme de la gelée', "le liquide se comporte comme de l'eau"],
    ['es', 'el líquido se comporta como gelatina', 'el líquido se comporta como agua'],
    ['pt', 'o líquido se comporta como gelatina', 'o líquido se comporta como água'],
    ['ja', '液体がゼリーのように振る舞う', '液体が水のように振る舞う'],
  ])('%s: "%s" is physics; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'physics'));
});

// Passing through an opening is ordinary for a camera (a fly-through shot), and a truck that turns into a street only
// turns; through a wall, or turning into another thing, it is the failure. A person walking through a door is left a
// cue: "walks straight through the door" is said of a shut one (multi-s11.test.ts), and Japanese 通り抜ける is the verb
// for walls too.
describe('through a wall or into a car is physics; a camera through a window or a truck into a street is nothing', () => {
  it.each([
    ['en', 'the man walks straight through the wall', 'the camera passes through the window'],
    ['en', 'the drone passes through the closed window', 'the camera flies through the window'],
    ['en', 'the truck turns into a car', 'the truck turns into the driveway'],
  ])('%s: "%s" is physics; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'physics'));
});

// Cause without its effect: a glass that stays full while she drinks, a bite that leaves no mark. The twins state the
// same thing with nothing missing.
describe('a glass that stays full or a bite with no mark is physics; a full glass or a bite is nothing', () => {
  it.each([
    ['en', 'the glass stays full while she drinks from it', 'the glass is full'],
    ['en', 'he bites the burger but it leaves no bite mark', 'he bites the burger and leaves a bite mark'],
    ['de', 'Das Glas bleibt voll, obwohl sie trinkt', 'Das Glas ist voll'],
    ['de', 'Er beißt in den Keks, aber es gibt keine Bissspuren', 'Er beißt in den Keks'],
    ['fr', "le verre reste plein alors qu'elle boit", 'le verre est plein'],
    ['fr', 'il croque le biscuit mais aucune trace de morsure', 'il croque le biscuit'],
    ['es', 'el vaso sigue lleno mientras ella bebe', 'el vaso está lleno'],
    ['es', 'muerde la galleta pero no deja marcas', 'muerde la galleta'],
    ['pt', 'o copo continua cheio enquanto ela bebe', 'o copo está cheio'],
    ['pt', 'ele morde o biscoito mas não deixa marca', 'ele morde o biscoito'],
    ['ja', '飲んでいるのにグラスが満タンのまま', 'グラスは満タンです'],
    ['ja', 'クッキーをかじったのに歯形がない', 'クッキーをかじる'],
  ])('%s: "%s" is physics; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'physics'));
});

// Weight said to be missing, and a broken thing that puts itself back together. Twins: weight said to be there, a
// vase that only breaks.
describe('no weight or a vase that reassembles is physics; weight or a broken vase is nothing', () => {
  it.each([
    ['en', 'the car has no weight at all', 'the car has weight'],
    ['en', 'the vase reassembles itself after breaking', 'the vase breaks into pieces'],
    ['de', 'Das Auto hat kein Gewicht', 'Das Auto hat Gewicht'],
    ['de', 'Die Vase setzt sich wieder zusammen', 'Die Vase zerbricht'],
    ['fr', "la voiture n'a pas de poids", 'la voiture a du poids'],
    ['fr', 'le vase se reconstitue tout seul', 'le vase se casse'],
    ['es', 'el coche no tiene peso', 'el coche tiene peso'],
    ['es', 'el jarrón se recompone solo', 'el jarrón se rompe'],
    ['pt', 'o carro não tem peso', 'o carro tem peso'],
    ['pt', 'o vaso se recompõe sozinho', 'o vaso se quebra'],
    ['ja', '車に重さがない', '車に重さがある'],
  ])('%s: "%s" is physics; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'physics'));
});

// An impact, splash or explosion said to look wrong: only its physics can be at fault, as with a collision. Said to
// look realistic, or the word alone (as in "no impact on speed"), it is nothing.
describe('an impact said to look wrong is physics; an impact alone or praised is nothing', () => {
  it.each([
    ['en', 'the impact looks wrong', 'no impact on performance'],
    ['en', 'the splash looks fake', 'the splash looks realistic'],
    ['de', 'Der Aufprall sieht falsch aus', 'Der Aufprall sieht echt aus'],
    ['fr', "l'impact est bizarre et faux", "l'impact"],
    ['es', 'el impacto está mal', 'el impacto es realista'],
    ['pt', 'o impacto está errado', 'o impacto está ótimo'],
    ['ja', '衝撃が不自然でおかしい', '衝撃'],
  ])('%s: "%s" is physics; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'physics'));
});

// Still things that breathe (events.ts), carried from English to the other languages. The twins are a person who
// breathes, which people do, and the same walls said not to.
describe('walls or a background that breathe are physics; a person breathing or walls that do not are nothing', () => {
  it.each([
    ['de', 'Die Wände atmen', 'Die Frau atmet schwer'],
    ['de', 'Der Hintergrund atmet die ganze Zeit', 'Die Wände atmen nicht'],
    ['fr', 'les murs respirent', 'elle respire profondément'],
    ['fr', 'le décor respire', 'les murs ne respirent pas'],
    ['es', 'las paredes respiran', 'ella respira hondo'],
    ['es', 'el fondo respira', 'el fondo no respira'],
    ['pt', 'as paredes respiram', 'ela respira fundo'],
    ['pt', 'o fundo respira', 'as paredes não respiram'],
    ['ja', '壁が呼吸している', '彼女は呼吸している'],
    ['ja', '背景が呼吸しているように見える', '壁は呼吸していない'],
  ])('%s: "%s" is physics; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'physics'));
});

// Support: a thing held up by nothing. The twins hang from something, or say nothing is wrong.
describe('a thing held up by nothing is physics; one that hangs from the ceiling is nothing', () => {
  it.each([
    ['en', 'nothing is holding the lamp up', 'the rope is holding the lamp up'],
    ['en', 'the lamp is held up by nothing', 'nothing is wrong with the lamp'],
    ['de', 'Die Lampe hängt da, ohne dass etwas sie hält', 'Die Lampe hängt an der Decke'],
    ['fr', 'la lampe tient sans rien pour la tenir', 'la lampe pend du plafond'],
    ['es', 'la lámpara cuelga sin nada que la sostenga', 'la lámpara cuelga del techo'],
    ['pt', 'a lâmpada fica pendurada sem nada segurando', 'a conexão não é nada segura'],
    ['ja', '何も支えていないのにランプが宙にある', 'ランプは天井から吊るされている'],
  ])('%s: "%s" is physics; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'physics'));
});
