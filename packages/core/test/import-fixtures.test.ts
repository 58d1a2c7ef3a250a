import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseStatement } from "../src/import/parse-statement.js";
import type { Statement, StatementBlock } from "../src/statement/statement-schema.js";

const dir = join(import.meta.dirname, "../../../tests/fixtures/statements");
const load = (name: string) => parseStatement(readFileSync(join(dir, name)), { filename: name });
const text = (block: StatementBlock | undefined) =>
  block?.type === "list"
    ? block.items.map((item) => item.map((run) => run.text).join(""))
    : block?.runs.map((run) => run.text).join("");
const roles = (statement: Statement) =>
  statement.body.map((block) => (block.type === "paragraph" ? block.role : block.type));
const fields = ({ body, ...rest }: Statement) => rest;

describe("importers on the fixture statements", () => {
  it("01: speaker and delegation from the title line, a meeting line, 'New York, 25 October 2023', Madam President, a list, 'I thank you.'", () => {
    const { statement, warnings } = load("01-unsc-madam-president.txt");
    expect(fields(statement)).toEqual({
      title:
        "Statement by Ambassador Erik Lindqvist, Permanent Representative of Norway to the United Nations",
      meeting: "United Nations Security Council Open Debate on Women, Peace and Security",
      venue: "New York",
      date: { start: "2023-10-25", text: "25 October 2023" },
      speaker: "Ambassador Erik Lindqvist",
      delegation: "Norway",
      language: "en",
      source: { file: "01-unsc-madam-president.txt" },
    });
    expect(roles(statement)).toEqual(["salutation", "body", "body", "salutation", "body", "list", "closing"]);
    expect(text(statement.body[1])).toBe(
      "I thank you for convening this open debate, and I thank the briefers for their candid and sobering insights from the field.",
    );
    expect(statement.body[5]).toMatchObject({ type: "list", ordered: false });
    expect(text(statement.body[5])).toHaveLength(3);
    expect(warnings).toEqual([]);
  });

  it("02: Markdown headings, an address with no comma, a bulleted list with marks", () => {
    const { statement } = load("02-kenya-chair-no-comma.md");
    expect(fields(statement)).toEqual({
      title: "Statement by the Delegation of Kenya",
      meeting: "Committee on World Food Security, 51st Plenary Session",
      venue: "Rome",
      date: { start: "2023-10-21", text: "21 October 2023" },
      delegation: "Kenya",
      language: "en",
      source: { file: "02-kenya-chair-no-comma.md" },
    });
    expect(roles(statement)).toEqual(["salutation", "body", "body", "list", "body", "closing"]);
    expect(text(statement.body[0])).toBe("Mr. Chair");
    const list = statement.body[3];
    expect(list?.type === "list" && list.items[0]).toEqual([
      { text: "investment in " },
      { text: "smallholder", marks: ["strong"] },
      { text: " farmers, who produce most of the food eaten in our region;" },
    ]);
    expect(statement.body[4]?.type === "paragraph" && statement.body[4].runs[1]).toEqual({
      text: "Nairobi Declaration on Food Systems",
      marks: ["em"],
    });
  });

  it("03: a date range inside the title, Mr. Co-Chairs, a numbered list with a continuation line", () => {
    const { statement } = load("03-new-zealand-co-chairs.txt");
    expect(statement.title).toBe(
      "Statement by New Zealand at the Intersessional Meetings of the Convention on Cluster Munitions",
    );
    expect(statement.date).toEqual({ start: "2017-05-30", end: "2017-06-02", text: "30 May – 2 June 2017" });
    expect(statement.delegation).toBe("New Zealand");
    expect(statement.venue).toBeUndefined();
    expect(statement.speaker).toBeUndefined();
    expect(roles(statement)).toEqual(["salutation", "body", "body", "list", "salutation", "body", "closing"]);
    expect(statement.body[3]).toMatchObject({ type: "list", ordered: true });
    expect(text(statement.body[3])?.[0]).toBe(
      "First, universalisation remains the surest path to ending the harm caused by cluster munitions.",
    );
  });

  it("04: a bold title line with a speaker, 'November 23, 2021', Excellencies, distinguished delegates", () => {
    const { statement } = load("04-portugal-excellencies.md");
    expect(statement.speaker).toBe("H.E. Ms. Ana Ferreira");
    expect(statement.delegation).toBe("Portugal");
    expect(statement.meeting).toBe(
      "High-Level Political Forum on Sustainable Development — Ministerial Segment",
    );
    expect(statement.date).toEqual({ start: "2021-11-23", text: "November 23, 2021" });
    expect(roles(statement)).toEqual(["salutation", "body", "salutation", "body", "closing"]);
    expect(text(statement.body[0])).toBe("Excellencies, distinguished delegates,");
  });

  it("05: a web-page paste loses its navigation, print link and footer, with a warning each", () => {
    const { statement, warnings } = load("05-web-paste.txt");
    expect(statement.speaker).toBe("Mr. TANAKA Hiroshi");
    expect(statement.delegation).toBe("Japan");
    expect(statement.venue).toBe("Geneva");
    expect(statement.date).toEqual({ start: "2023-09-12", text: "12 September 2023" });
    expect(roles(statement)).toEqual(["salutation", "body", "body", "closing"]);
    expect(warnings.map((warning) => warning.line)).toEqual([1, 2, 3, 4, 18, 19, 21, 22, 23, 24]);
    const all = JSON.stringify(statement.body);
    for (const clutter of ["Printable", "Kasumigaseki", "©", "Page Top", "Home"])
      expect(all).not.toContain(clutter);
  });

  it("06: a press release keeps only the statement", () => {
    const { statement, warnings } = load("06-canada-press-release.md");
    expect(statement.title).toBe("Statement by Canada on the Humanitarian Situation in Sudan");
    expect(statement.delegation).toBe("Canada");
    expect(statement.date?.start).toBe("2023-06-14");
    expect(roles(statement)).toEqual(["salutation", "body", "salutation", "body", "list", "closing"]);
    expect(text(statement.body.at(-1))).toBe("Thank you, Madam Chair.");
    expect(warnings.map((warning) => warning.line)).toEqual([1, 3, 5, 26, 28, 30]);
    expect(warnings[1]?.message).toContain("press-release wrapper");
  });

  it("07: front matter overrides every field it sets", () => {
    const { statement } = load("07-mexico-front-matter.md");
    expect(fields(statement)).toEqual({
      title: "Explanation of Vote on the Draft Resolution on Nuclear Disarmament",
      meeting: "First Committee, 78th session",
      venue: "New York",
      date: { start: "2023-11-02", text: "2 November 2023" },
      speaker: "Ambassador María López",
      delegation: "Mexico",
      language: "en",
      source: { file: "07-mexico-front-matter.md" },
    });
    expect(roles(statement)).toEqual(["salutation", "body", "closing"]);
  });

  it("08: a Japanese statement — era date in full-width digits, 議長、, lang ja runs", () => {
    const { statement } = load("08-japanese-statement.txt");
    expect(fields(statement)).toEqual({
      // A statement in Japanese is titled by its Japanese title.
      title: "第78回国連総会第三委員会　議題28「女性の地位向上」における石田大使ステートメント",
      titleJa: "第78回国連総会第三委員会　議題28「女性の地位向上」における石田大使ステートメント",
      date: { start: "2023-10-05", text: "令和５年１０月５日" },
      speaker: "石田大使",
      delegation: "Japan",
      language: "ja",
      source: { file: "08-japanese-statement.txt" },
    });
    expect(roles(statement)).toEqual(["salutation", "body", "body", "salutation", "body", "closing"]);
    expect(statement.body[0]).toEqual({
      type: "paragraph",
      role: "salutation",
      runs: [{ text: "議長、", lang: "ja" }],
    });
    expect(statement.body[2]?.type === "paragraph" && statement.body[2].runs).toEqual([
      { text: "日本は、女性・平和・安全保障（", lang: "ja" },
      { text: "WPS" },
      { text: "）アジェンダを重視しています。本年、日本は第三次行動計画を策定しました。", lang: "ja" },
    ]);
  });

  it("09: a statement with no header leaves every field empty", () => {
    const { statement } = load("09-no-header.txt");
    expect(fields(statement)).toEqual({ language: "en", source: { file: "09-no-header.txt" } });
    expect(roles(statement)).toEqual(["salutation", "body", "body", "closing"]);
  });

  it("10: header lines without blank lines between them, a slash date, 'Mr. President' with no comma", () => {
    const { statement } = load("10-brazil-iso-date.txt");
    expect(statement.title).toBe("Statement by the Delegation of Brazil");
    expect(statement.meeting).toBe("Conference on Disarmament, Plenary Meeting");
    expect(statement.date).toEqual({ start: "2024-02-27", text: "2024/02/27" });
    expect(statement.delegation).toBe("Brazil");
    expect(roles(statement)).toEqual(["salutation", "body", "body", "closing"]);
  });

  it("11: a Japanese title with 外務副大臣, the last day of 平成, <sub> and an unsupported tag", () => {
    const { statement, warnings } = load("11-japanese-title-heisei.md");
    expect(statement.titleJa).toBe("気候変動に関する国際シンポジウムにおける佐藤外務副大臣スピーチ");
    expect(statement.speaker).toBe("佐藤外務副大臣");
    expect(statement.date).toEqual({ start: "2019-04-30", text: "平成31年4月30日" });
    expect(statement.meeting).toBe(
      "International Symposium on Climate Resilience in Small Island Developing States",
    );
    expect(statement.title).toBeUndefined();
    // "Japan will continue its support …": the country is the subject of the statement's sentences.
    expect(statement.delegation).toBe("Japan");
    expect(statement.delivery).toBe("As prepared for delivery");
    expect(roles(statement)).toEqual(["salutation", "body", "body", "closing"]);
    const runs = statement.body[1]?.type === "paragraph" ? statement.body[1].runs : [];
    expect(runs[1]).toEqual({ text: "2", marks: ["sub"] });
    expect(runs.map((run) => run.text).join("")).not.toContain("prepared for delivery");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ line: 11, message: expect.stringContaining("<span>") });
  });

  it("12: an impossible era date is a warning and the date stays empty", () => {
    const { statement, warnings } = load("12-impossible-era-date.txt");
    expect(statement.date).toBeUndefined();
    expect(statement.speaker).toBe("別所大使");
    expect(warnings).toEqual([
      {
        file: "12-impossible-era-date.txt",
        line: 3,
        column: 1,
        message: expect.stringContaining("令和 began on 2019-05-01"),
      },
    ]);
    expect(JSON.stringify(statement.body)).not.toContain("令和");
  });

  it("13: 'Thank you, Madam Chair,' opens, a nested list is flattened, <em> and <b> become marks", () => {
    const { statement, warnings } = load("13-ireland-joint-statement.md");
    expect(statement.title).toBe("Joint Statement on Small Arms and Light Weapons");
    expect(statement.delegation).toBe("Ireland");
    expect(statement.speaker).toBeUndefined();
    expect(roles(statement)).toEqual(["salutation", "body", "body", "list", "salutation", "body", "closing"]);
    const runs = statement.body[1]?.type === "paragraph" ? statement.body[1].runs : [];
    expect(runs.filter((run) => run.marks)).toEqual([
      { text: "Programme of Action", marks: ["em"] },
      { text: "full", marks: ["strong"] },
    ]);
    expect(text(statement.body[3])).toEqual([
      "stronger controls on the diversion of ammunition;",
      "gender-responsive approaches to small arms control;",
      "including the collection of sex-disaggregated data;",
      "closer cooperation with regional organisations.",
    ]);
    expect(warnings.map((warning) => warning.message)).toEqual([
      "nested list flattened into its parent list",
    ]);
  });

  it("14 and 15: YAML and JSON files are the model itself", () => {
    const yaml = load("14-yaml-model.yaml").statement;
    expect(yaml.date).toEqual({ start: "2024-03-18", text: "18 March 2024" });
    expect(yaml.source).toEqual({ file: "14-yaml-model.yaml" });
    expect(roles(yaml)).toEqual(["salutation", "body", "closing"]);
    const json = load("15-json-model.json").statement;
    expect(json.date).toEqual({ start: "2022-08-01", end: "2022-08-26", text: "1 – 26 August 2022" });
    expect(roles(json)).toEqual(["heading", "body", "list"]);
  });
});
