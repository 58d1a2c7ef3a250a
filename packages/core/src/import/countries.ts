import { createRequire } from "node:module";

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
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
  translations: { jpn?: { common: string; official: string } };
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
  LA: ["Lao PDR"],
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
/** Two-letter codes that are also words ("US"/"us", "IT"): only these few are read as names. */
const CODES_AS_NAMES = new Set(["UK", "US", "USA", "UAE", "DPRK", "ROK", "PRC", "DRC"]);

interface CountryTable {
  byName: Map<string, Country>;
  byAdjective: Map<string, Country>;
  byJapanese: Map<string, Country>;
  byCode: Map<string, Country>;
  namePattern: RegExp;
  adjectivePattern: RegExp;
  japanesePattern: RegExp;
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
  const alternation = (keys: Iterable<string>) =>
    [...keys]
      .sort((a, b) => b.length - a.length)
      .map((key) => key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("|");
  table = {
    byName,
    byAdjective,
    byJapanese,
    byCode,
    namePattern: new RegExp(`(?<![\\p{L}\\p{N}.])(?:${alternation(byName.keys())})(?![\\p{L}\\p{N}])`, "giu"),
    adjectivePattern: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${alternation(byAdjective.keys())})(?![\\p{L}\\p{N}])`,
      "giu",
    ),
    japanesePattern: new RegExp(alternation(byJapanese.keys()), "gu"),
  };
  return table;
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

/** The country a national adjective or demonym names: "French", "British", "UK", "Australian". */
export function countryOfAdjective(text: string): Country | undefined {
  return countries().byAdjective.get(text.trim().toLowerCase());
}

export function countryByCode(code: string): Country | undefined {
  return countries().byCode.get(code.toUpperCase());
}

/** Every country name, adjective or Japanese name in `text`, in order, longest wording first at a place. */
export function findCountries(
  text: string,
  forms: CountryForm[] = ["name", "adjective", "japanese"],
): CountryMention[] {
  const { byName, byAdjective, byJapanese, namePattern, adjectivePattern, japanesePattern } = countries();
  const mentions: CountryMention[] = [];
  const scan = (pattern: RegExp, form: CountryForm, lookup: (key: string) => Country | undefined) => {
    for (const match of text.matchAll(pattern)) {
      const wording = match[0];
      // Country names are proper nouns: "chad" or "turkey" in running text are not countries.
      if (form !== "japanese" && !/^\p{Lu}/u.test(wording.replace(/^the\s+/i, ""))) continue;
      const country = lookup(form === "japanese" ? wording : wording.toLowerCase());
      if (country) mentions.push({ country, form, text: wording, index: match.index });
    }
  };
  if (forms.includes("name")) scan(namePattern, "name", (key) => byName.get(key));
  if (forms.includes("adjective")) scan(adjectivePattern, "adjective", (key) => byAdjective.get(key));
  if (forms.includes("japanese")) scan(japanesePattern, "japanese", (key) => byJapanese.get(key));
  mentions.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  const kept: CountryMention[] = [];
  let end = -1;
  for (const mention of mentions) {
    if (mention.index < end) continue;
    kept.push(mention);
    end = mention.index + mention.text.length;
  }
  return kept;
}

/**
 * How a delegation is written: the text's own English wording when it spells out a name
 * ("JAPAN" → "Japan", "the Republic of Korea" → "Republic of Korea"), else the country's name.
 */
export function delegationName(mention: Pick<CountryMention, "country" | "form" | "text">): string {
  if (mention.form !== "name" || /^[A-Z.]{2,5}$/.test(mention.text.replace(/^the\s+/i, ""))) {
    return mention.country.name;
  }
  let name = mention.text.trim().replace(/^the\s+/i, "");
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
