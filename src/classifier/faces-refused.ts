/**
 * A failed job said with the input's people: "Sora 2 kann derzeit keine Videos aus hochgeladenen Bildern generieren,
 * die Gesichter enthalten. Das System erkennt automatisch Gesichter ... und bricht die Generierung sofort ab" (public
 * tuning split, `moderation_input`, answered generation_error). Services refuse uploads of real people (OpenAI's Sora
 * guide: "Input images with faces of humans are currently rejected", quoted in hard-words-en-job.ts), so a failure
 * said of pictures that contain faces or people, or of a system that detects them, is the input refused: "it won't
 * generate from photos with real people", "Bilder mit Gesichtern werden abgebrochen", "échoue avec des images
 * contenant des visages", "falla con imágenes con rostros", "falha com fotos com pessoas", "顔が写った画像だと生成
 * できない". Only beside a failure word (hard.ts): "I uploaded a photo with two people and their faces melted" is a
 * quality complaint.
 */

const PEOPLE_EN = String.raw`(?:(?:a|real|human|any|recognizable|identifiable|visible)\s){0,2}(?:faces?|people|persons?|humans?|minors?|children|kids|celebrities)\b`;

const FACES: readonly RegExp[] = [
  new RegExp(
    String.raw`\b(?:images?|photos?|pictures?|uploads?|inputs?)\s(?:that\s(?:contain|contains|show|shows|include|includes)|containing|showing|with)\s${PEOPLE_EN}`,
  ),
  new RegExp(String.raw`\b(?:detects?|detected|detecting|recogni[sz]es?|recogni[sz]ed)\s${PEOPLE_EN}`),
  /\b(?:bilder\w*|fotos?)\b[^.!?;]{0,30}?\b(?:gesichter|menschen|personen|kinder)\b[^.!?;]{0,12}?\benthalt\w*|\b(?:bilder\w*|fotos?)\smit\s(?:\w+\s)?(?:gesichtern|menschen|personen|kindern)\b|\berkennt\s(?:\w+\s){0,2}?(?:gesichter|menschen|personen)\b/,
  /\b(?:images?|photos?)\s(?:contenant|avec|qui\scontiennent|montrant)\s(?:des\s|un\s|une\s)?(?:\w+\s)?(?:visages?|personnes?|humains?|enfants?|mineurs?)\b|\bdetecte\s(?:\w+\s){0,2}?(?:visages?|personnes?)\b/,
  /\b(?:imagenes|imagen|fotos?)\s(?:con|que\scontienen?|que\smuestran?)\s(?:\w+\s)?(?:rostros?|caras?|personas?|ninos|menores)\b|\bdetecta\s(?:\w+\s){0,2}?(?:rostros?|caras?|personas?)\b/,
  /\b(?:imagens?|fotos?)\s(?:com|que\scontem|contendo|mostrando)\s(?:\w+\s)?(?:rostos?|caras?|pessoas?|criancas|menores)\b|\bdetecta\s(?:\w+\s){0,2}?(?:rostos?|pessoas?)\b/,
  /(?:顔|人物|人)が(?:写|映)(?:った|っている|ってる)(?:画像|写真)|(?:顔|人物)を検出/,
];

/** Whether a folded description names an input of people, or a system detecting them. */
export function facesInput(folded: string): boolean {
  return FACES.some((re) => re.test(folded));
}
