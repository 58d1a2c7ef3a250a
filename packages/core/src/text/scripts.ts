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

// scriptOf of each ASCII character, read by code in the loop below.
const ASCII_SCRIPTS: readonly Script[] = Array.from({ length: 0x80 }, (_, code) =>
  scriptOf(String.fromCharCode(code)),
);

/**
 * How many letters of each script (neither neutral nor symbol) `text` holds, in the order the
 * scripts first appear (detectLanguage breaks ties by it). One pass by code unit: ASCII from a
 * table, other characters (a surrogate pair as one) through scriptOf.
 */
function countLetterScripts(text: string): Map<Script, number> {
  const counts = new Map<Script, number>();
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let script: Script;
    if (code < 0x80) {
      script = ASCII_SCRIPTS[code] ?? "neutral";
      // The commonest letter is counted apart, its place in the order kept by a zero entry.
      if (script === "latin") {
        if (latin++ === 0 && !counts.has("latin")) counts.set("latin", 0);
        continue;
      }
    } else {
      const next = text.charCodeAt(i + 1);
      const pair = code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
      script = scriptOf(pair ? text.slice(i, i + 2) : text.charAt(i));
      if (pair) i++;
    }
    if (script === "neutral" || script === "symbol") continue;
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  if (latin > 0) counts.set("latin", (counts.get("latin") ?? 0) + latin);
  return counts;
}

// Characters that exist only in one of the two Chinese writing systems, common in statements.
const SIMPLIFIED_ONLY = /[这们说为国际护简时对会发经过还进从问题关实现发展将与协议区应该东体]/gu;
const TRADITIONAL_ONLY = /[這們說為國際護簡時對會發經過還進從問題關實現發展將與協議區應該東體]/gu;

type StopwordLanguage = "en" | "fr" | "es" | "pt" | "it" | "de";
// Words of ASCII letters only (see stopwordCounts), and none another list's language uses often:
// no "il" for Italian (French), no "no" or "sua" for Portuguese (Spanish, Italian).
const stopwordLists: Record<StopwordLanguage, readonly string[]> = {
  en: ["the", "and", "of", "to", "is", "that", "we", "our", "this", "with", "for", "have"],
  fr: ["le", "les", "et", "des", "du", "est", "une", "pour", "nous", "dans", "sur", "au", "aux", "qui"],
  es: ["el", "los", "las", "y", "del", "por", "para", "una", "es", "con", "nuestro", "nuestra", "como"],
  pt: ["os", "das", "dos", "uma", "um", "com", "em", "ao", "aos", "pela", "pelo", "na", "seu", "nossa"],
  it: [
    "di",
    "che",
    "della",
    "delle",
    "dei",
    "degli",
    "nel",
    "nella",
    "per",
    "sono",
    "gli",
    "anche",
    "questo",
  ],
  de: ["der", "die", "und", "das", "den", "dem", "nicht", "ist", "mit", "wir", "auf", "zu", "eine", "sich"],
};
const stopwordLanguages = Object.keys(stopwordLists) as StopwordLanguage[];
/** The rule: a stopword is a whole word, in any case. */
const stopwordRule = (lang: StopwordLanguage) =>
  new RegExp(`\\b(${stopwordLists[lang].join("|")})\\b`, "giu");
const stopwords = {} as Record<StopwordLanguage, RegExp>;
const stopwordSets = {} as Record<StopwordLanguage, ReadonlySet<string>>;
for (const lang of stopwordLanguages) {
  stopwords[lang] = stopwordRule(lang);
  stopwordSets[lang] = new Set(stopwordLists[lang]);
}
const LONGEST_STOPWORD = Math.max(
  ...Object.values(stopwordLists)
    .flat()
    .map((word) => word.length),
);
/** The only letters beyond ASCII that `\b` and case folding with the `iu` flags match as ASCII ones. */
const FOLDS_TO_ASCII = /[\u017F\u212A]/;

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/**
 * How many stopwords of each language `text` has, as the `stopwords` rules count them, in one
 * pass rather than a scan per language. Under `iu` a word character is ASCII [A-Za-z0-9_] plus ſ and the
 * Kelvin sign K (they fold to s and k), and every stopword is made of them, so each match is a
 * whole run of word characters: the runs are looked up lower-cased. A text with ſ or K is left to
 * the rules themselves.
 */
function stopwordCounts(text: string): Record<StopwordLanguage, number> {
  const counts: Record<StopwordLanguage, number> = { en: 0, fr: 0, es: 0, pt: 0, it: 0, de: 0 };
  if (FOLDS_TO_ASCII.test(text)) {
    for (const lang of stopwordLanguages) counts[lang] = count(text, stopwords[lang]);
    return counts;
  }
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0;
    const lower = code | 0x20;
    if ((lower >= 0x61 && lower <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x5f) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    if (i - start <= LONGEST_STOPWORD) {
      const word = text.slice(start, i).toLowerCase();
      for (const lang of stopwordLanguages) if (stopwordSets[lang].has(word)) counts[lang]++;
    }
    start = -1;
  }
  return counts;
}

/**
 * The language a statement is written in, from its text: the script most of its letters are in,
 * then for Han with no kana Simplified or Traditional Chinese by characters only one of them
 * has, and for Latin English, French, Spanish, Portuguese, Italian or German by their commonest words. Undefined when the
 * text has no letters. Japanese needs some kana; a text of Han alone is Chinese.
 */
export function detectLanguage(text: string): string | undefined {
  const counts = countLetterScripts(text);
  if (counts.size === 0) return undefined;
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
      const counts = stopwordCounts(text);
      const scores = stopwordLanguages.map((lang) => [lang, counts[lang]] as const);
      const best = scores.reduce((a, b) => (b[1] > a[1] ? b : a));
      return best[1] > 0 ? best[0] : "en";
    }
    default:
      return scriptDefaults[top] ?? "en";
  }
}
