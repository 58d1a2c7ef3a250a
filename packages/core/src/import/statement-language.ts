// Import stage: a statement's body text → its `language` tag (ja, en, fr, es, ru, ar, zh-Hans, zh-Hant, ko, …),
// and runs tagged Japanese by script → the language they are in. Borrows detectLanguage (text/scripts.ts).

import type { Run, Statement, StatementBlock } from "../statement/statement-schema.js";
import { isMostlyJapanese } from "../text/script.js";
import { detectLanguage } from "../text/scripts.js";
import { runsText } from "./runs.js";

/**
 * The language of a statement's text. A text most of whose letters are Han or kana stays `ja`
 * unless it has next to no kana (then it is Chinese, Simplified or Traditional); any other text
 * takes the language detectLanguage finds, with `en` for one it cannot place. Japanese is never
 * chosen for a text that is not mostly Japanese: an English statement quoting a Japanese title
 * stays English, as it always has.
 */
export function statementLanguage(text: string): string {
  const detected = detectLanguage(text);
  if (isMostlyJapanese(text)) return detected?.startsWith("zh") ? detected : "ja";
  if (detected === undefined || detected === "ja" || detected.startsWith("zh")) return "en";
  return detected;
}

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HAN = /\p{Script=Han}/gu;
/**
 * Han characters a run needs, with no kana, to be read as a Chinese quotation in a statement in
 * another language: fewer are more likely a Japanese name (田中, 国連) than a sentence.
 */
const CHINESE_QUOTE_HAN = 6;
/**
 * Simplified and Traditional forms modern Japanese never writes (Japanese has 対, 会, 権, 関
 * where Chinese has 对/對, 会/會, 权/權, 关/關): without one, a run of kanji with no kana may be
 * Japanese (国際連合安全保障理事会) and stays so.
 */
const CHINESE_ONLY =
  /[这们说为际护简对发经过还进从问题关实现协议应该东时书长门个权义务开没见观产员动這們說國對會發經從關實將與區應體權沒觀產]/u;

/**
 * The language of a run the importers tagged `ja` because its script is Han or kana, given the
 * statement's: in a Chinese or Korean statement a run without kana is in the statement's
 * language; in any other statement a run of Han without kana is Chinese (a quotation) only when
 * it is long and has a character Japanese does not use. Kana always means Japanese.
 */
function hanRunLanguage(text: string, language: string): string {
  if (KANA.test(text)) return "ja";
  if (language.startsWith("zh") || language === "ko") return language;
  if (language === "ja") return "ja";
  if ((text.match(HAN)?.length ?? 0) < CHINESE_QUOTE_HAN || !CHINESE_ONLY.test(text)) return "ja";
  const detected = detectLanguage(text);
  return detected?.startsWith("zh") ? detected : "ja";
}

/** Runs with their `ja` tags corrected for the statement's language (see hanRunLanguage). */
export function retagRuns(runs: Run[], language: string): Run[] {
  return runs.map((run) => {
    if (run.lang !== "ja") return run;
    const lang = hanRunLanguage(run.text, language);
    return lang === "ja" ? run : { ...run, lang };
  });
}

/** A body block with its runs retagged (see retagRuns); other blocks unchanged. */
export function retagBlock<T extends StatementBlock>(block: T, language: string): T {
  if (block.type === "list") return { ...block, items: block.items.map((item) => retagRuns(item, language)) };
  return { ...block, runs: retagRuns(block.runs, language) };
}

/** The text of a statement's body, one block a line. */
function bodyText(statement: Pick<Statement, "body">): string {
  return statement.body
    .map((block) => (block.type === "list" ? block.items.map(runsText).join("\n") : runsText(block.runs)))
    .join("\n");
}

/**
 * The language a model with no `language` of its own (a .yaml/.json file, a Word file briefing did
 * not make) is given from its body: one of the languages beyond English and Japanese only. A
 * model in English or Japanese without one keeps none, so it renders exactly as before.
 */
export function modelLanguage(statement: Pick<Statement, "body">): string | undefined {
  const language = statementLanguage(bodyText(statement));
  return language === "en" || language === "ja" ? undefined : language;
}
