// Shared rule: the script of each character, the language a run in that script is tagged and set
// in, and a statement's language from its text (the six UN languages, Japanese, Korean and more).
// Used by the importers, both renderers and the templates, so they never disagree.

/** A script as briefing chooses fonts and languages by it; `neutral` is digits, spaces, punctuation. */
export type Script =
  | "latin"
  | "cyrillic"
  | "greek"
  | "arabic"
  | "hebrew"
  | "han"
  | "kana"
  | "hangul"
  | "thai"
  | "devanagari"
  | "symbol"
  | "neutral";

// Script_Extensions, so Arabic marks (tanween, U+064B) and the Japanese prolonged sound mark
// (U+30FC) count with their script rather than as neutral.
const scriptTests: readonly [Script, RegExp][] = [
  ["latin", /\p{Script=Latin}/u],
  ["cyrillic", /\p{Script=Cyrillic}/u],
  ["greek", /\p{Script=Greek}/u],
  ["arabic", /\p{Script_Extensions=Arabic}/u],
  ["hebrew", /\p{Script=Hebrew}/u],
  ["kana", /[\p{Script=Hiragana}\p{Script=Katakana}\u30fc]/u],
  ["han", /[\p{Script=Han}\u3005\u3007]/u],
  ["hangul", /\p{Script=Hangul}/u],
  ["thai", /\p{Script=Thai}/u],
  ["devanagari", /\p{Script_Extensions=Devanagari}/u],
];
// Pictographs and symbols no text face has: the symbol fallback sets them.
const SYMBOL = /[\p{Extended_Pictographic}\u2600-\u27bf\u2b00-\u2bff\u{1f000}-\u{1faff}]/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

const cache = new Map<string, Script>();

/** The script of one character (one code point). */
export function scriptOf(char: string): Script {
  const known = cache.get(char);
  if (known !== undefined) return known;
  let script: Script = "neutral";
  if (LETTER_OR_MARK.test(char)) {
    script = scriptTests.find(([, test]) => test.test(char))?.[0] ?? "latin";
  } else if (SYMBOL.test(char)) {
    script = "symbol";
  }
  if (cache.size < 4096) cache.set(char, script);
  return script;
}

/** True for the scripts written right to left. */
export const isRightToLeft = (script: Script): boolean => script === "arabic" || script === "hebrew";

/** True when a BCP 47 tag names a language written right to left (Arabic, Hebrew, Persian, Urdu…). */
export const isRightToLeftLanguage = (lang: string | undefined): boolean =>
  lang !== undefined && /^(ar|he|iw|fa|ur|ps|yi|dv)\b/i.test(lang);

/** True when the BCP 47 tag `tag` is `prefix` or starts with it (`zh-Hans-CN` and `zh-Hans`). */
export function languageMatches(tag: string, prefix: string): boolean {
  const a = tag.toLowerCase();
  const b = prefix.toLowerCase();
  return a === b || a.startsWith(`${b}-`);
}

const primary = (lang: string | undefined) => lang?.toLowerCase().split(/[-_]/)[0];

/** Languages written in each script that a document's own language may name. */
const scriptLanguages: Partial<Record<Script, readonly string[]>> = {
  latin: [
    "en",
    "fr",
    "es",
    "de",
    "it",
    "pt",
    "nl",
    "sv",
    "da",
    "no",
    "nb",
    "fi",
    "pl",
    "cs",
    "tr",
    "id",
    "ms",
  ],
  cyrillic: ["ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "mn"],
  arabic: ["ar", "fa", "ur", "ps"],
  devanagari: ["hi", "mr", "ne", "sa"],
};
const scriptDefaults: Record<Script, string | undefined> = {
  latin: "en",
  cyrillic: "ru",
  greek: "el",
  arabic: "ar",
  hebrew: "he",
  han: "ja",
  kana: "ja",
  hangul: "ko",
  thai: "th",
  devanagari: "hi",
  symbol: undefined,
  neutral: undefined,
};

/**
 * The language a run in `script` is tagged and set in, given the document's language: Latin text
 * in a French document is French, Latin text in a Japanese one English; Han is Chinese in a
 * Chinese document (`zh-Hant` when it says Traditional, Taiwan, Hong Kong or Macao, else
 * `zh-Hans`), Korean in a Korean one and Japanese otherwise. Neutral characters and symbols take
 * the document's language.
 */
export function languageOf(script: Script, documentLanguage?: string): string {
  const doc = primary(documentLanguage);
  if (script === "han") {
    if (doc === "zh") return /^zh[-_](hant|tw|hk|mo)\b/i.test(documentLanguage ?? "") ? "zh-Hant" : "zh-Hans";
    if (doc === "ko") return "ko";
    return "ja";
  }
  const own = scriptLanguages[script];
  if (doc !== undefined && own?.includes(doc)) return documentLanguage ?? doc;
  return scriptDefaults[script] ?? documentLanguage ?? "en";
}

/** A stretch of text in one script and language. */
export interface ScriptRun {
  text: string;
  script: Script;
  lang: string;
}

/**
 * Splits text into runs of one script and language. A neutral character (space, digit,
 * punctuation) joins the run before it, or the next run at the start, so "令和3年" is one run.
 * Han and kana of the same language are one run (Japanese mixes them in every word); the
 * run's script is then the first one's.
 */
export function scriptRuns(text: string, documentLanguage?: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  let pending = "";
  for (const char of text) {
    const script = scriptOf(char);
    const last = runs.at(-1);
    if (script === "neutral") {
      if (last) last.text += char;
      else pending += char;
      continue;
    }
    const lang = languageOf(script, documentLanguage);
    const sameFace = last !== undefined && (last.script === script || (isCjk(last.script) && isCjk(script)));
    if (last && sameFace && last.lang === lang) {
      last.text += char;
    } else {
      runs.push({ text: pending + char, script, lang });
      pending = "";
    }
  }
  if (pending.length > 0) {
    runs.push({ text: pending, script: "neutral", lang: documentLanguage ?? "en" });
  }
  return runs;
}

const isCjk = (script: Script) => script === "han" || script === "kana";

// Characters that exist only in one of the two Chinese writing systems, common in statements.
const SIMPLIFIED_ONLY = /[这们说为国际护简时对会发经过还进从问题关实现发展将与协议区应该东体]/gu;
const TRADITIONAL_ONLY = /[這們說為國際護簡時對會發經過還進從問題關實現發展將與協議區應該東體]/gu;

const stopwords: Record<"en" | "fr" | "es", RegExp> = {
  en: /\b(the|and|of|to|is|that|we|our|this|with|for|have)\b/giu,
  fr: /\b(le|les|et|des|du|est|une|pour|nous|dans|sur|au|aux|qui)\b/giu,
  es: /\b(el|los|las|y|del|por|para|una|es|con|nuestro|nuestra|como)\b/giu,
};

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/**
 * The language a statement is written in, from its text: the script most of its letters are in,
 * then for Han with no kana Simplified or Traditional Chinese by characters only one of them
 * has, and for Latin English, French or Spanish by their commonest words. Undefined when the
 * text has no letters. Japanese needs some kana; a text of Han alone is Chinese.
 */
export function detectLanguage(text: string): string | undefined {
  const counts = new Map<Script, number>();
  let letters = 0;
  for (const char of text) {
    const script = scriptOf(char);
    if (script === "neutral" || script === "symbol") continue;
    counts.set(script, (counts.get(script) ?? 0) + 1);
    letters++;
  }
  if (letters === 0) return undefined;
  const kana = counts.get("kana") ?? 0;
  const han = counts.get("han") ?? 0;
  // Japanese and Chinese text use few letters for many words: weigh their characters up, so a
  // Japanese statement quoting English names is still Japanese.
  const weighed: [Script | "cjk", number][] = [...counts]
    .filter(([script]) => !isCjk(script))
    .map(([script, n]) => [script, script === "hangul" ? n * 3 : n]);
  weighed.push(["cjk", (kana + han) * 3]);
  const [top] = weighed.sort((a, b) => b[1] - a[1])[0] ?? ["latin", 0];
  switch (top) {
    case "cjk":
      if (kana > 0 && kana * 20 >= han) return "ja";
      return count(text, TRADITIONAL_ONLY) > count(text, SIMPLIFIED_ONLY) ? "zh-Hant" : "zh-Hans";
    case "latin": {
      const scores = (Object.keys(stopwords) as (keyof typeof stopwords)[]).map(
        (lang) => [lang, count(text, stopwords[lang])] as const,
      );
      const best = scores.reduce((a, b) => (b[1] > a[1] ? b : a));
      return best[1] > 0 ? best[0] : "en";
    }
    default:
      return scriptDefaults[top] ?? "en";
  }
}
