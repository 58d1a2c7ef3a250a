// Shared import rule: country names, adjectives, codes and Japanese names in text → Country.
// Borrows the world-countries data set (loaded lazily: ~1 MB) plus UN usages it lacks.

import { createRequire } from "node:module";
import { allMatches } from "../text/native-regexps.js";

/** A state (or the European Union) that can deliver or co-sign a statement. */
export interface Country {
  /** ISO 3166-1 alpha-2, or "EU". */
  code: string;
  /** The name briefing writes when the text does not spell one out. */
  name: string;
}

/** How a country was named in a text. */
export type CountryForm = "name" | "adjective" | "japanese";

export interface CountryMention {
  country: Country;
  form: CountryForm;
  /** The wording as it stands in the text. */
  text: string;
  index: number;
}

interface WorldCountry {
  cca2: string;
  capital?: string[];
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string }; fra?: { m: string; f: string } };
  translations: Partial<Record<string, { common: string; official: string }>>;
}

/** United Nations usage where it differs from the data set's common name. */
const UN_NAMES: Record<string, string> = {
  KR: "Republic of Korea",
  KP: "Democratic People's Republic of Korea",
  CI: "Côte d'Ivoire",
  VA: "Holy See",
  VN: "Viet Nam",
  TR: "Türkiye",
  CV: "Cabo Verde",
  SZ: "Eswatini",
  PS: "State of Palestine",
};

/** Names diplomats use that the data set lacks. */
const MORE_NAMES: Record<string, string[]> = {
  GB: ["Britain", "U.K.", "the UK"],
  US: ["U.S.", "the US", "the U.S.", "USA"],
  TR: ["Turkey", "Türkiye"],
  VA: ["Holy See"],
  CV: ["Cabo Verde"],
  CZ: ["Czech Republic"],
  NL: ["Kingdom of the Netherlands"],
  KR: ["Korea"],
  RU: ["Russian Federation"],
  SY: ["Syrian Arab Republic"],
  LA: ["Lao PDR", "Lao People's Democratic Republic"],
  // UN names that are the state's official form: kept as a text writes them.
  MD: ["Republic of Moldova"],
  TZ: ["United Republic of Tanzania"],
  MM: ["Myanmar", "Burma"],
  SZ: ["Swaziland"],
  TL: ["Timor-Leste", "East Timor"],
  FM: ["Micronesia", "Federated States of Micronesia"],
  CD: ["DR Congo", "DRC", "Democratic Republic of the Congo"],
  CG: ["Republic of the Congo"],
  MK: ["North Macedonia"],
  PS: ["Palestine"],
};
const MORE_ADJECTIVES: Record<string, string[]> = {
  GB: ["UK", "British"],
  US: ["US", "U.S.", "American"],
  NL: ["Dutch", "Netherlands"],
  KR: ["Korean", "ROK"],
  CH: ["Swiss"],
  NZ: ["New Zealand"],
  EU: ["EU", "European Union"],
};
const MORE_JAPANESE: Record<string, string[]> = {
  JP: ["日本", "日本国", "我が国", "わが国"],
  GB: ["英国"],
  US: ["米国"],
  KR: ["韓国"],
};
/** Template locales whose documents write a country's name in their own language, and the data set's key. */
const LOCALE_TRANSLATIONS: [string, string][] = [
  ["ja", "jpn"],
  ["ko", "kor"],
  ["zh", "zho"],
  ["ar", "ara"],
  ["ru", "rus"],
  ["es", "spa"],
  ["fr", "fra"],
];
/** The data set's languages whose titles `countryDeliveringForeignTitle` reads. */
const FOREIGN_KEYS = ["fra", "spa", "kor", "ara"];
/** The data set's languages whose sentences `countrySpeakingForeign` reads. */
const SUBJECT_KEYS = ["fra", "spa", "ita", "por", "deu"];
/** The UN's names where the data set's differ ("Corée du Sud" for the Republic of Korea). */
const UN_LOCAL_NAMES: Record<string, Record<string, string>> = {
  KR: { ko: "대한민국", fr: "République de Corée", es: "República de Corea", ru: "Республика Корея" },
};
/** The European Union, which the data set lacks, in the same locales. */
const EUROPEAN_UNION: Record<string, string> = {
  ja: "欧州連合",
  ko: "유럽 연합",
  zh: "欧洲联盟",
  ar: "الاتحاد الأوروبي",
  ru: "Европейский союз",
  es: "Unión Europea",
  fr: "Union européenne",
};
/** Two-letter codes that are also words ("US"/"us", "IT"): only these few are read as names. */
const CODES_AS_NAMES = new Set(["UK", "US", "USA", "UAE", "DPRK", "ROK", "PRC", "DRC"]);

interface CountryTable {
  byName: Map<string, Country>;
  byAdjective: Map<string, Country>;
  /** French adjectives ("haïtienne", "sénégalais"), lower case, with the country's French name. */
  frenchAdjectives: Map<string, { country: Country; name: string }>;
  byJapanese: Map<string, Country>;
  byCode: Map<string, Country>;
  /**
   * Long official forms, lower case, that are no one's usual name ("republic of ghana", "united
   * states of america"); "Republic of Korea", the UN's name, and the forms in MORE_NAMES are not.
   */
  officialForms: Set<string>;
  /** First words of English names and adjectives, lower case: where a lookup can start. */
  /** For each first word of an English name or adjective (lower case), the most words such a name has. */
  firstWords: Map<string, number>;
  /** Each country's name in the template locales that write names in their own script or form. */
  localNames: Map<string, Map<string, string>>;
  /** Names (common and official) in French, Spanish, Korean and Arabic, longest first. */
  foreignNames: Map<string, [string, Country][]>;
  /** Common names in French, Spanish, Italian, Portuguese and German, lower case. */
  subjectNames: Map<string, Country>;
  /** National capitals, lower case, to their names: "kampala" → "Kampala". */
  capitals: Map<string, string>;
  /** Lengths of the Japanese names, longest first, and the characters they start with. */
  japaneseLengths: number[];
  japaneseFirst: Set<string>;
}

let table: CountryTable | undefined;

// The data set is ~1 MB of JSON: it is read the first time a country is looked up, not at import.
function countries(): CountryTable {
  if (table) return table;
  const require = createRequire(import.meta.url);
  const data = require("world-countries") as WorldCountry[];
  const byName = new Map<string, Country>();
  const byAdjective = new Map<string, Country>();
  const byJapanese = new Map<string, Country>();
  const byCode = new Map<string, Country>();
  const addName = (key: string, country: Country) => {
    if (key.length < 3 && !CODES_AS_NAMES.has(key)) return;
    if (/^[A-Z]{2,4}$/.test(key) && !CODES_AS_NAMES.has(key)) return;
    if (!/^\p{Lu}/u.test(key) && !key.startsWith("the ")) return;
    if (!byName.has(key.toLowerCase())) byName.set(key.toLowerCase(), country);
  };
  const entries: [string, string, string[], string[], string[]][] = data.map((entry) => [
    entry.cca2,
    UN_NAMES[entry.cca2] ?? entry.name.common,
    [entry.name.common, entry.name.official, ...entry.altSpellings, ...(MORE_NAMES[entry.cca2] ?? [])],
    [entry.demonyms?.eng?.m, entry.demonyms?.eng?.f, ...(MORE_ADJECTIVES[entry.cca2] ?? [])].filter(
      (adjective): adjective is string => adjective !== undefined,
    ),
    [
      entry.translations.jpn?.common,
      entry.translations.jpn?.official,
      ...(MORE_JAPANESE[entry.cca2] ?? []),
    ].filter((name): name is string => name !== undefined),
  ]);
  entries.push(["EU", "European Union", ["European Union"], MORE_ADJECTIVES.EU ?? [], ["欧州連合", "EU"]]);
  for (const [code, name, names, adjectives, japanese] of entries) {
    const country: Country = { code, name };
    byCode.set(code, country);
    for (const each of names) addName(each, country);
    for (const each of adjectives)
      if (/^\p{Lu}/u.test(each) && !byAdjective.has(each.toLowerCase()))
        byAdjective.set(each.toLowerCase(), country);
    for (const each of japanese) if (!byJapanese.has(each)) byJapanese.set(each, country);
  }
  // The same Country objects as the lookups above, so a name found either way is the same country.
  const officialForms = new Set<string>();
  const localNames = new Map<string, Map<string, string>>();
  const foreignNames = new Map<string, [string, Country][]>(FOREIGN_KEYS.map((key) => [key, []]));
  const subjectNames = new Map<string, Country>();
  const frenchAdjectives = new Map<string, { country: Country; name: string }>();
  for (const entry of data) {
    const country = byCode.get(entry.cca2) as Country;
    const french = entry.translations.fra?.common;
    for (const adjective of [entry.demonyms?.fra?.f, entry.demonyms?.fra?.m])
      if (french && adjective && !frenchAdjectives.has(adjective.toLowerCase()))
        frenchAdjectives.set(adjective.toLowerCase(), { country, name: french });
    const { common, official } = entry.name;
    const usual = [common, UN_NAMES[entry.cca2], ...(MORE_NAMES[entry.cca2] ?? [])];
    if (!usual.some((name) => name?.toLowerCase() === official.toLowerCase()))
      officialForms.add(official.toLowerCase());
    const names = new Map<string, string>();
    for (const [locale, key] of LOCALE_TRANSLATIONS) {
      const name =
        locale === "ja"
          ? (MORE_JAPANESE[entry.cca2]?.[0] ?? entry.translations.jpn?.common)
          : entry.translations[key]?.common;
      if (name) names.set(locale, name);
    }
    localNames.set(entry.cca2, names);
    for (const key of FOREIGN_KEYS) {
      const translation = entry.translations[key];
      if (translation)
        foreignNames.get(key)?.push([translation.common, country], [translation.official, country]);
    }
    for (const key of SUBJECT_KEYS) {
      const name = entry.translations[key]?.common.toLowerCase();
      if (name && !subjectNames.has(name)) subjectNames.set(name, country);
    }
  }
  for (const names of foreignNames.values()) names.sort((a, b) => b[0].length - a[0].length);
  localNames.set("EU", new Map(Object.entries(EUROPEAN_UNION)));
  for (const [code, names] of Object.entries(UN_LOCAL_NAMES))
    for (const [locale, name] of Object.entries(names)) localNames.get(code)?.set(locale, name);
  const latinKeys = [...byName.keys(), ...byAdjective.keys()];
  const capitals = new Map<string, string>();
  for (const entry of data) for (const city of entry.capital ?? []) capitals.set(city.toLowerCase(), city);
  table = {
    capitals,
    byName,
    byAdjective,
    byJapanese,
    byCode,
    officialForms,
    localNames,
    foreignNames,
    subjectNames,
    frenchAdjectives,
    firstWords: latinKeys.reduce((map, key) => {
      const words = key.split(" ");
      const first = words[0] ?? key;
      map.set(first, Math.max(map.get(first) ?? 0, words.length));
      return map;
    }, new Map<string, number>()),
    japaneseLengths: [...new Set([...byJapanese.keys()].map((key) => key.length))].sort((a, b) => b - a),
    japaneseFirst: new Set([...byJapanese.keys()].map((key) => key.charAt(0))),
  };
  return table;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}.-]*(?:['’](?!s\b)[\p{L}\p{N}.-]+)*/gu;
const JAPANESE = /[\p{Script=Han}\p{Script=Katakana}]/u;

function trimDot(word: string): string {
  return word.endsWith(".") && !/\..*\.$/.test(word) ? word.slice(0, -1) : word;
}

function lookup(
  maps: [CountryForm, Map<string, Country>][],
  wording: string,
): { country: Country; form: CountryForm } | undefined {
  const key = wording.replace(/\s+/g, " ").toLowerCase();
  for (const [form, map] of maps) {
    const country = map.get(key);
    if (country) return { country, form };
  }
  return undefined;
}

/** The country a whole text names, "JAPAN", "the Republic of Korea", "UK", "日本"; undefined otherwise. */
export function countryNamed(text: string): Country | undefined {
  const key = text
    .trim()
    .replace(/[.,;:]+$/, "")
    .replace(/^the\s+/i, "")
    .replace(/\s+/g, " ");
  const { byName, byJapanese } = countries();
  return byName.get(key.toLowerCase()) ?? byName.get(`the ${key.toLowerCase()}`) ?? byJapanese.get(key);
}

/**
 * Whether `text` is nothing but two or more countries' names in a list ("Switzerland,
 * Liechtenstein", "Canada, Australia and New Zealand"): a mission's accreditation under its name,
 * or a group, never a headline.
 */
export function namesOnlyCountries(text: string): boolean {
  if (text.length > 200) return false;
  const items = text
    .trim()
    .replace(/[.;:]$/, "")
    .split(/\s*[,;、]\s*|\s+(?:and|&)\s+/u);
  return items.length >= 2 && items.every((item) => item !== "" && countryNamed(item) !== undefined);
}

/** The country a French adjective names ("haïtienne"), with the country's French name ("Haïti"). */
export function countryOfFrenchAdjective(word: string): { country: Country; name: string } | undefined {
  return countries().frenchAdjectives.get(word.toLowerCase());
}

/** The country a national adjective or demonym names: "French", "British", "UK", "Australian". */
export function countryOfAdjective(text: string): Country | undefined {
  return countries().byAdjective.get(text.trim().toLowerCase());
}

/**
 * `name` (a delegation as the statement gives it: "Japan", "Republic of Korea") as a document in
 * `locale` writes it: "日本", "대한민국", "Japon"; undefined for English, for a locale without
 * names of its own here (zh-Hant) and for a name that is no country.
 */
export function countryNameIn(name: string, locale: string): string | undefined {
  const country = countryNamed(name);
  if (country === undefined) return undefined;
  return countries().localNames.get(country.code)?.get(locale);
}

/**
 * The country a French, Spanish, Korean or Arabic title says delivers the statement: "Déclaration
 * de la France …", "Intervención de México …", "… 대한민국 대표 발언문", "بيان وفد المملكة الأردنية
 * الهاشمية …". Only a name right after "statement/delegation of", or before "representative/
 * government" in Korean, counts: a country the statement is about ("… sobre Haití") does not.
 */
export function countryDeliveringForeignTitle(title: string): Country | undefined {
  const { foreignNames } = countries();
  const opened = countryAfterOpeners(title, FOREIGN_TITLE_OPENERS);
  if (opened) return opened;
  const korean = foreignNames.get("kor") ?? [];
  for (const [name, country] of korean) {
    const at = title.indexOf(name);
    if (at >= 0 && /^\s*(?:대표단|대표|정부)/u.test(title.slice(at + name.length))) return country;
  }
  return undefined;
}

/** What comes before the delivering country's name in a title, by the data set's language key. */
const FOREIGN_TITLE_OPENERS: [string, RegExp][] = [
  [
    "fra",
    /(?:[Dd]éclaration|[Ii]ntervention|[Dd]iscours|[Aa]llocution|[Dd]élégation|Représentation permanente)(?:\s+nationale)?\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+)/gu,
  ],
  [
    "spa",
    /(?:[Ii]ntervención|[Dd]eclaración|[Dd]iscurso|Palabras|[Dd]elegación|Misión Permanente)(?:\s+nacional)?\s+(?:de\s+la\s+|del\s+|de\s+)/gu,
  ],
  // "كلمة ممثل الجزائر الدائم …": the statement of the representative of a country.
  ["ara", /(?:بيان|كلمة|وفد|ممثل|ممثلة|مندوب|مندوبة)\s+(?:وفد\s+)?/gu],
];

/** The country named right after one of `openers`, in its language's names from the data set. */
function countryAfterOpeners(text: string, openers: [string, RegExp][]): Country | undefined {
  const { foreignNames } = countries();
  for (const [key, opener] of openers) {
    const names = foreignNames.get(key) ?? [];
    // A cover in capitals ("MINISTRO DE RELACIONES EXTERIORES … DEL ECUADOR") is read in its case;
    // a line without letters of either case (Japanese) is not one.
    const capitals = /\p{Lu}{2}/u.test(text) && !/\p{Ll}/u.test(text);
    for (const found of allMatches(capitals ? capitalsOf(opener) : opener, text)) {
      const rest = text.slice((found.index ?? 0) + found[0].length);
      const named = names.find(([name]) => {
        const written = capitals ? name.toUpperCase() : name;
        return rest.startsWith(written) && !/^\p{L}/u.test(rest.slice(written.length));
      });
      if (named) return named[1];
    }
  }
  return undefined;
}

// The openers again, without case, for lines in capitals (made once each).
const openersInCapitals = new Map<RegExp, RegExp>();

function capitalsOf(opener: RegExp): RegExp {
  let rule = openersInCapitals.get(opener);
  if (rule === undefined) {
    rule = opener.ignoreCase ? opener : new RegExp(opener.source, `${opener.flags}i`);
    openersInCapitals.set(opener, rule);
  }
  return rule;
}

/**
 * The country whose office a French or Spanish header line names: "Ambassadeur, Représentant
 * permanent du Grand-Duché de Luxembourg auprès des Nations Unies", "Representante Permanente de
 * Bolivia ante …", "Presidente de la República de Guatemala". Not "Délégation de …": a header
 * may answer another delegation, so that is left to the title rule.
 */
export function countryOfForeignOffice(text: string): Country | undefined {
  return countryAfterOpeners(text, FOREIGN_OFFICES);
}

const FOREIGN_OFFICES: [string, RegExp][] = [
  [
    "fra",
    /(?:[Rr]eprésentante?\s+permanente?(?:\s+adjointe?)?|(?:[Pp]remi(?:er|ère)|[Dd]euxième|[Tt]roisième)\s+[Cc]onseill(?:er|ère)|[Cc]onseill(?:er|ère)\s+(?:juridique|politique)|[Cc]hargée?\s+d['’]affaires(?:\s+a\.\s?i\.)?|[Aa]mbassadeur|[Aa]mbassadrice|[Mm]inistre\s+des\s+[Aa]ffaires\s+étrangères(?:\s+et\s+(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,2}?)?|[Mm]ission\s+permanente|[Pp]résidente?(?:\s+de\s+la\s+République)?)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+)/gu,
  ],
  [
    "spa",
    /(?:[Rr]epresentante\s+[Pp]ermanente(?:\s+(?:[Aa]lterno|[Aa]lterna|[Aa]djunto|[Aa]djunta))?|[Ee]mbajadora?|[Mm]inistr[oa]\s+de\s+[Rr]elaciones\s+[Ee]xteriores(?:\s+[ye]\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,2}?)?|[Cc]anciller|[Mm]isión\s+[Pp]ermanente|[Pp]resident[ea](?:\s+de\s+la\s+[Rr]epública)?)\s+(?:de\s+la\s+|del\s+|de\s+)/gu,
  ],
];

/**
 * The country whose office the speaker says they hold: "como Presidente de la República de Panamá",
 * "en ma qualité de Ministre des Affaires étrangères du Sénégal".
 */
export function countryOfOwnOffice(text: string): Country | undefined {
  // Most paragraphs hold none of the words: the office rules, long and without case, are not run.
  if (!OWN_OFFICE_HINT.test(text)) return undefined;
  return countryAfterOpeners(text, OWN_OFFICES);
}

const OWN_OFFICE_HINT = /omo |n mi calidad|n tant que|n ma qualité/i;

/** The words before an office the speaker holds, in Spanish and French. */
export const OWN_OFFICE_WORDS = "(?:como|en mi calidad de|en tant que|en ma qualité de)";

const OWN_OFFICES: [string, RegExp][] = FOREIGN_OFFICES.map(([key, office]) => [
  key,
  new RegExp(`\\b${OWN_OFFICE_WORDS}\\s+(?:${office.source})`, "giu"),
]);

/**
 * "au nom du gouvernement du Canada", "en nombre del Gobierno de España", "En nombre del Estado de
 * Honduras": on whose behalf one speaks.
 */
const FOREIGN_BEHALF: [string, RegExp][] = [
  [
    "fra",
    /\bau nom (?:du gouvernement |de l['’]État |de la délégation |du peuple )?(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+)/giu,
  ],
  [
    "spa",
    /\ben nombre (?:del gobierno |del estado |de la delegación |del pueblo )?(?:de\s+la\s+|del\s+|de\s+)/giu,
  ],
];

/** The country whose name in French, Spanish, Italian, Portuguese or German is `words` ("México", "Italia"). */
export function countryNamedForeign(words: string): Country | undefined {
  return countries().subjectNames.get(words.toLowerCase());
}

/** The country a French or Spanish text speaks on behalf of, if it says so. */
export function countryOnBehalfForeign(text: string): Country | undefined {
  return countryAfterOpeners(text, FOREIGN_BEHALF);
}

/** The capital city `text` names, in any case ("KAMPALA" → "Kampala"), if it names one. */
export function capitalNamed(text: string): string | undefined {
  return countries().capitals.get(text.trim().toLowerCase());
}

export function countryByCode(code: string): Country | undefined {
  return countries().byCode.get(code.toUpperCase());
}

/** Every country name, adjective or Japanese name in `text`, in order, longest wording first at a place. */
export function findCountries(
  text: string,
  forms: CountryForm[] = ["name", "adjective", "japanese"],
): CountryMention[] {
  // The importer asks about the same lines several times (header rules, delegation, lists).
  const key = `${forms.join()}\u0000${text}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const found = scanCountries(text, forms);
  if (cache.size >= 512) cache.clear();
  cache.set(key, found);
  return found;
}

const cache = new Map<string, CountryMention[]>();

function scanCountries(text: string, forms: CountryForm[]): CountryMention[] {
  const table = countries();
  const mentions: CountryMention[] = [];
  const latin: [CountryForm, Map<string, Country>][] = [];
  if (forms.includes("name")) latin.push(["name", table.byName]);
  if (forms.includes("adjective")) latin.push(["adjective", table.byAdjective]);
  // Word by word, not one regular expression of a thousand names: a lookup starts only at a
  // word that begins some name, and tries the longest run of words first.
  if (latin.length > 0) {
    const words: { start: number; end: number }[] = [];
    for (const match of allMatches(WORD, text))
      words.push({ start: match.index, end: match.index + match[0].length });
    for (let at = 0; at < words.length; at++) {
      const first = words[at] as { start: number; end: number };
      const limit = table.firstWords.get(trimDot(text.slice(first.start, first.end)).toLowerCase());
      if (limit === undefined) continue;
      let span = 1;
      while (
        span < limit &&
        at + span < words.length &&
        /^\s+$/.test(text.slice(words[at + span - 1]?.end ?? 0, words[at + span]?.start ?? 0))
      )
        span++;
      for (let count = span; count >= 1; count--) {
        const last = words[at + count - 1] as { start: number; end: number };
        const raw = text.slice(first.start, last.end);
        const wording = /\.$/.test(raw) && !lookup(latin, raw) ? raw.slice(0, -1) : raw;
        const found = lookup(latin, wording);
        // Country names are proper nouns: "chad" or "turkey" in running text are not countries.
        if (!found || !/^\p{Lu}/u.test(wording.replace(/^the\s+/i, ""))) continue;
        mentions.push({ country: found.country, form: found.form, text: wording, index: first.start });
        break;
      }
    }
  }
  if (forms.includes("japanese") && JAPANESE.test(text)) {
    for (let index = 0; index < text.length; index++) {
      if (!table.japaneseFirst.has(text.charAt(index))) continue;
      for (const length of table.japaneseLengths) {
        const wording = text.slice(index, index + length);
        const country = table.byJapanese.get(wording);
        if (country) {
          mentions.push({ country, form: "japanese", text: wording, index });
          break;
        }
      }
    }
  }
  mentions.sort(byPlaceThenLength);
  const kept: CountryMention[] = [];
  let end = -1;
  for (const mention of mentions) {
    if (mention.index < end) continue;
    kept.push(mention);
    end = mention.index + mention.text.length;
  }
  return kept;
}

function byPlaceThenLength(a: CountryMention, b: CountryMention): number {
  return a.index - b.index || b.text.length - a.text.length;
}

/**
 * How a delegation is written: the text's own English wording when it spells out a name
 * ("JAPAN" → "Japan", "the Republic of Korea" → "Republic of Korea"), else the country's name
 * (also for a long official form: "the Republic of Ghana" → "Ghana").
 */
export function delegationName(mention: Pick<CountryMention, "country" | "form" | "text">): string {
  if (mention.form !== "name" || /^[A-Z.]{2,5}$/.test(mention.text.replace(/^the\s+/i, ""))) {
    return mention.country.name;
  }
  let name = mention.text.trim().replace(/^the\s+/i, "");
  // "Prime Minister of the Republic of Ghana": the state's long form is not how it is listed.
  if (countries().officialForms.has(name.toLowerCase().replace(/\s+/g, " "))) return mention.country.name;
  if (!/\p{Ll}/u.test(name)) {
    name = name
      .toLowerCase()
      .split(/\s+/)
      .map((word, i) =>
        i > 0 && /^(?:of|and|the|for)$/.test(word) ? word : word.replace(/^\p{L}/u, (c) => c.toUpperCase()),
      )
      .join(" ");
  }
  return name;
}
