import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseStatement, statementToDocument } from "@briefing/core";
import { renderDocx } from "@briefing/docx";
import { renderPdf } from "@briefing/pdf";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readParagraphs } from "./support/docx-read.js";
import { readPdf, structureRoles } from "./support/pdf-text.js";
import { typesetStatement } from "./support/typeset.js";

const fixtures = join(import.meta.dirname, "fixtures", "statements");
const load = (name: string) =>
  parseStatement(readFileSync(join(fixtures, name)), { filename: name }).statement;
const flat = (text: string) => text.replace(/\s+/g, " ");

/** What the importer now reads beyond the text — delivery marker, co-signatories, notes — reaches both outputs. */
describe("delivery markers, co-signatories and notes in the briefing outputs", () => {
  const joint = load("40-hrc-joint-numbered-cosigners.txt");
  const noted = load("56-nz-mfat-headings-footnotes.txt");

  it("prints the delivery marker, the co-signatories and the notes in the PDF, and no web-page text", async () => {
    const pdf = await readPdf(await renderPdf(statementToDocument(noted).document));
    const text = flat(pdf.content);
    expect(text).toContain("Delivery Check against delivery");
    // Issue 12: notes the text points to are footnotes at the foot of their page, not an end section.
    expect(text).toMatch(/1 ?A\/HRC\/53\/20\./);
    expect(text).not.toMatch(/Notes ?1 ?A\/HRC/);
    expect(text).not.toContain("top of page");
    expect(text).not.toContain("BlogsEvents");
    const group = flat((await readPdf(await renderPdf(statementToDocument(joint).document))).content);
    expect(joint.cosignatories).toHaveLength(60);
    // Issue 12: page 1 says on whose behalf; the names are in a sorted annex at the end.
    expect(group).toContain("Joint statement On behalf of 60 countries");
    expect(group).toMatch(/Co-signatories \(60\) Albania /);
    expect(group).not.toMatch(/\b61 Zambia\b/);
  });

  it("keeps them in the Word file, in Note style paragraphs and custom properties, and reads them back", async () => {
    for (const statement of [joint, noted]) {
      const bytes = await renderDocx(statementToDocument(statement).document, { file: "shape" });
      const paragraphs = await readParagraphs(bytes);
      const notes = paragraphs
        .filter((paragraph) => paragraph.styleName === "Note")
        .map((paragraph) => paragraph.text);
      // Issue 12: notes the text points to are Word footnotes; the others stay Note paragraphs.
      const referenced = new Set(
        statement.body
          .flatMap((block) => (block.type === "list" ? block.items.flat() : block.runs))
          .flatMap((run) => (run.note ? [run.note] : [])),
      );
      const footnotes = (statement.notes ?? []).filter((note) => note.id && referenced.has(note.id));
      expect(notes).toHaveLength((statement.notes?.length ?? 0) - footnotes.length);
      const footnotesXml = new TextDecoder().decode(unzipSync(bytes)["word/footnotes.xml"]);
      expect(footnotesXml.match(/<w:footnote w:id="\d+">/g) ?? []).toHaveLength(footnotes.length);
      const back = parseStatement(bytes, { filename: "shape.docx" }).statement;
      expect(back.delivery).toBe(statement.delivery);
      expect(back.cosignatories).toEqual(statement.cosignatories);
      // Notes are read back from the typeset text (smartQuotes): compare with the notes so transformed.
      expect(back.notes).toEqual(typesetStatement(statement).notes);
    }
  });
});

/** This stop's shapes, read back from both outputs: an EU statement, numbered headings, a news lead. */
describe("an EU alignment, numbered section headings and a Japanese news lead in the outputs", () => {
  const eu = load("216-eu-eeas-osce-pc-number-city-date-header-numbered-alignment-footnote.txt");
  const iaea = load("255-japan-mofa-policy-en-iaea-gc-stacked-header-comma-date-numbered-headings.txt");
  const lead = load("169-japan-news-pm-unga-zenbun-diamond-numbered-ja.txt");

  it("prints them in the PDF", async () => {
    const euText = flat((await readPdf(await renderPdf(statementToDocument(eu).document))).content);
    expect(euText).toContain("Venue Vienna");
    expect(euText).toMatch(/Co-signatories \(10\) Albania /);
    expect(euText).toContain("align themselves with this statement");
    expect(euText).toContain("continue to be part of the Stabilisation and Association Process");
    const iaeaText = flat((await readPdf(await renderPdf(statementToDocument(iaea).document))).content);
    expect(iaeaText).toContain("2. Nuclear Non-Proliferation");
    const leadText = flat((await readPdf(await renderPdf(statementToDocument(lead).document))).content);
    expect(leadText).toContain("森下誠一首相");
    expect(leadText).toContain("ニューヨーク");
    expect(leadText).not.toContain("全文は次の通り");
  });

  it("keeps them in the Word file: the headings as headings, the alignment as text, the note as a note", async () => {
    const headings = (
      await readParagraphs(await renderDocx(statementToDocument(iaea).document, { file: "iaea" }))
    )
      .filter((paragraph) => /^heading/i.test(paragraph.styleName ?? ""))
      .map((paragraph) => paragraph.text);
    expect(headings).toEqual(
      expect.arrayContaining([
        "2. Nuclear Non-Proliferation",
        "3. Nuclear Safety and Security",
        "4. Concluding Remarks",
      ]),
    );
    const bytes = await renderDocx(statementToDocument(eu).document, { file: "eu" });
    const paragraphs = await readParagraphs(bytes);
    expect(
      paragraphs.some((paragraph) => paragraph.text.includes("align themselves with this statement")),
    ).toBe(true);
    expect(
      paragraphs.some(
        (paragraph) =>
          paragraph.styleName === "Note" && paragraph.text.includes("Stabilisation and Association"),
      ),
    ).toBe(true);
    expect(parseStatement(bytes, { filename: "eu.docx" }).statement.cosignatories).toEqual(eu.cosignatories);
  });
});

/** The ninth and tenth sets' shapes in the outputs: Italian, Spanish and Ukrainian pages. */
describe("statements read from Italian, Spanish and Ukrainian pages in the outputs", () => {
  const italian = load(
    "266-italy-esteri-old-template-field-labels-intervento-in-inglese-fa-fede-glued-salutation-it.txt",
  );
  const spanish = load("261-mexico-gobmx-sre-prensa-lead-city-pipe-date-stacked-salutations-period.txt");
  const ukrainian = load(
    "286-ukraine-mfa-gov-ua-accessibility-language-list-ukrainian-title-original-language-note-published-stamp-ukrainian-delivered-line-en-body.txt",
  );

  it("prints their speaker, delegation, place and date in the PDF, tagged with their language", async () => {
    const it = await readPdf(await renderPdf(statementToDocument(italian).document));
    const itText = flat(it.content);
    expect(itText).toContain("Speaker Sottosegretario Vittorio Crescenzi");
    expect(itText).toContain("Delegation Italia");
    expect(itText).toContain("Delivery Fa fede solo il testo effettivamente pronunciato");
    expect(itText).not.toContain("Valuta questo sito");
    // The document's language is the catalog's /Lang; the Japanese-era date is tagged ja inside it.
    const info = (await it.pdf.getMetadata()).info as { Language?: string };
    expect(info.Language).toBe("it");
    expect((await structureRoles(it)).langs).toContain("ja");
    const esText = flat((await readPdf(await renderPdf(statementToDocument(spanish).document))).content);
    expect(esText).toMatch(/Nueva York/);
    expect(esText).toContain("canciller Tomás Aranda Villaseñor");
    expect(esText).not.toContain("La legalidad, veracidad");
    const ukText = flat((await readPdf(await renderPdf(statementToDocument(ukrainian).document))).content);
    expect(ukText).toContain("Delegation Ukraine");
    expect(ukText).toContain("Заява делегації України");
    expect(ukText).not.toContain("мовою оригіналу");
  });

  it("sets the Word file's language and keeps the speaker in its properties", async () => {
    const bytes = await renderDocx(statementToDocument(italian).document, { file: "it" });
    const styles = new TextDecoder().decode(unzipSync(bytes)["word/styles.xml"]);
    expect(styles).toMatch(/<w:lang w:val="it-IT"/);
    const back = parseStatement(bytes, { filename: "it.docx" }).statement;
    expect(back.speaker).toBe("Sottosegretario Vittorio Crescenzi");
    expect(back.language).toBe("it");
  });
});

/** Seed 002 as given: a .txt file that holds Markdown. No markup may reach any output. */
describe("seed 002 as given (.txt holding Markdown) in every output", () => {
  const file = join(import.meta.dirname, "..", "examples", "2017-06-08-apmbc-cooperation-and-assistance.txt");
  const statement = parseStatement(readFileSync(file), {
    filename: "2017-06-08-apmbc-cooperation-and-assistance.txt",
  }).statement;

  it.each(["briefing", "reading-copy"])(
    "prints no Markdown in the %s PDF and sets the th after 20 higher",
    async (template) => {
      const pdf = await readPdf(await renderPdf(statementToDocument(statement, { template }).document));
      expect(pdf.text).not.toMatch(/##|\*\*|<\/?sup>/);
      const items = pdf.pages.flatMap((page) => page.items);
      const twenty = items.find((item) => item.text.endsWith("20"));
      const th = items.find((item) => item.text === "th");
      expect(twenty && th).toBeTruthy();
      // A superscript sits above the baseline of the text before it.
      expect((th?.y ?? 0) - (twenty?.y ?? 0)).toBeGreaterThan(1);
    },
  );

  it("writes no Markdown into the Word file, and the th is a superscript run", async () => {
    const bytes = await renderDocx(statementToDocument(statement).document, { file: "seed" });
    const text = (await readParagraphs(bytes)).map((paragraph) => paragraph.text).join("\n");
    expect(text).not.toMatch(/##|\*\*|<\/?sup>/);
    expect(text).toContain("Anti-Personnel Mine Ban Convention — Intersessional meetings");
    const xml = new TextDecoder().decode(unzipSync(bytes)["word/document.xml"]);
    expect(xml).toMatch(/<w:vertAlign w:val="superscript"\/>(?:<[^>]+>)*<w:t[^>]*>th<\/w:t>/);
  });
});

describe("a statement in Japanese through Word and back", () => {
  it("keeps its Japanese title as the title, printed once, and reads back the same", async () => {
    const statement = load("08-japanese-statement.txt");
    expect(statement.title).toBe(statement.titleJa);
    const { document } = statementToDocument(statement);
    const bytes = await renderDocx(document, { file: "ja" });
    // The title holds U+200B between its Japanese phrases (where Word may break it).
    const titles = (await readParagraphs(bytes)).filter(
      (paragraph) => paragraph.text.replace(/\u200b/gu, "") === statement.titleJa,
    );
    expect(titles).toHaveLength(1);
    const { source: _source, ...back } = parseStatement(bytes, { filename: "ja.docx" }).statement;
    const { source: _original, ...original } = statement;
    expect(back).toEqual(original);
  });
});

/** Stop 35's shapes: what the importer now keeps and drops reaches both outputs as a reader sees it. */
describe("a Japanese greeting of named guests, a Bolivian greeting and a news agency's dateline in the outputs", () => {
  const japanese = load(
    "345-japan-consulate-numbered-breadcrumb-section-label-title-paren-heisei-date-oite-place-indented-paragraphs-on-single-breaks-ja.txt",
  );
  const bolivian = load(
    "331-bolivia-cancilleria-drupal-field-labels-fecha-nombre-de-la-persona-weekday-date-time-hermanos-address-phone-footer-es.txt",
  );
  const malawian = load(
    "364-malawi-manaonline-k2-site-date-widget-breaking-news-label-headline-written-by-dateline-colon-glued-to-first-sentence-lettered-list-unpunctuated-salutation-latest-popular-news-teasers.txt",
  );

  it("prints the Japanese greeting and the place after 於, and the dateline only as date and venue", async () => {
    const ja = flat((await readPdf(await renderPdf(statementToDocument(japanese).document))).content);
    expect(ja).toContain("ウォーカー知事、ホールデン市長、オレゴンの友人の皆様");
    expect(ja).toContain("ポートランド");
    const mw = flat((await readPdf(await renderPdf(statementToDocument(malawian).document))).content);
    expect(mw).toContain("Venue New York");
    expect(mw).toContain("Let us begin with the young people");
    expect(mw).not.toContain("USA, 24 September, 2019:");
    expect(mw).not.toContain("Breaking News");
  });

  it("keeps the Bolivian speaker in the Word file and its greeting as a salutation, read back", async () => {
    const bytes = await renderDocx(statementToDocument(bolivian).document, { file: "bo" });
    const paragraphs = await readParagraphs(bytes);
    const greeting = paragraphs.find((paragraph) => paragraph.text.startsWith("Hermano Presidente"));
    const first = paragraphs.find((paragraph) => paragraph.text.startsWith("Traigo a esta Asamblea"));
    expect(greeting && first).toBeTruthy();
    expect(greeting?.styleName).not.toBe(first?.styleName);
    const back = parseStatement(bytes, { filename: "bo.docx" }).statement;
    expect(back.speaker).toBe("Wilfredo Condori Mamani");
    expect(back.delegation).toBe("Bolivia");
    const roles = back.body.map((block) => (block.type === "paragraph" ? block.role : block.type));
    expect(roles[0]).toBe("salutation");
  });
});

/** Stop 36's shapes: a double-spaced PDF copy, numbered headings in capitals, a lettered list, a place line's capital. */
describe("a double-spaced copy, FAO's numbered headings, a lettered list and a capital read from a place line in the outputs", () => {
  const nauru = load(
    "436-nauru-pif-mirror-remarks-and-speeches-post-date-statement-for-stack-weekday-no-year-time-watch-double-spaced-hardwrap-page-break-cut-commaless-address.txt",
  );
  const fao = load(
    "431-fao-dg-speeches-banner-headline-by-line-slash-date-header-repeated-as-prepared-tab-numbered-caps-headings-nbsp-spacers.txt",
  );
  const malawian = load(
    "364-malawi-manaonline-k2-site-date-widget-breaking-news-label-headline-written-by-dateline-colon-glued-to-first-sentence-lettered-list-unpunctuated-salutation-latest-popular-news-teasers.txt",
  );
  const ugandan = load(
    "426-uganda-mediacentre-caps-headline-missing-preposition-weekday-date-space-only-lines-stacked-caps-cover-venue-line-check-against-delivery-motto.txt",
  );

  it("prints the double-spaced copy's paragraphs whole, its date from the cover, and Kampala as the venue", async () => {
    const pdf = await readPdf(await renderPdf(statementToDocument(nauru).document));
    const text = flat(pdf.content);
    expect(text).toMatch(/congrat-? ?ulate Your Excellency on your election/);
    expect(text).toContain("25 September 2024");
    expect(text).toContain("Speaker His Excellency Roland Eoe Deiranauw M.P.");
    const ug = flat((await readPdf(await renderPdf(statementToDocument(ugandan).document))).content);
    expect(ug).toContain("Venue Kampala");
    expect(ug).not.toContain("SPEKE RESORT");
  });

  it("keeps FAO's headings in capitals as Word headings and the lettered items as paragraphs of their own", async () => {
    const bytes = await renderDocx(statementToDocument(fao).document, { file: "fao" });
    const paragraphs = await readParagraphs(bytes);
    const heading = paragraphs.find((paragraph) => paragraph.text.includes("ON THE GLOBAL FOOD SITUATION"));
    expect(heading?.styleName).toMatch(/^heading \d$/i);
    const back = parseStatement(bytes, { filename: "fao.docx" }).statement;
    expect(back.delivery).toBe("As prepared");
    const mw = await readParagraphs(await renderDocx(statementToDocument(malawian).document, { file: "mw" }));
    const items = mw.filter((paragraph) => /^[abc]\) Freedom/.test(paragraph.text)).map((p) => p.text);
    expect(items).toEqual(["a) Freedom from war", "b) Freedom from want", "c) Freedom to live in dignity"]);
  });
});

describe("a bar-separated dateline, numbered paragraphs wrapped without an indent, a reception's greetings and a reported lead in the outputs", () => {
  const ilo = load(
    "463-ilo-dg-governing-body-label-thematic-headline-third-person-teaser-pipe-statement-geneva-date-photo-album-copyright-check-against-delivery.txt",
  );
  const bhutan = load(
    "462-bhutan-un-int-its-your-world-banner-meeting-title-weekday-date-speaker-city-stack-ampersand-greetings-numbered-hardwrapped-interstitial-mr-president.txt",
  );
  const sierraLeone = load(
    "456-sierra-leone-mofaic-title-twice-cover-block-venue-building-no-city-unnamed-minister-semicolon-salutations-trailing-spaces-quote-block-press-contact.txt",
  );
  const burkina = load(
    "452-burkina-faso-lefaso-proverbe-du-jour-publie-le-stamp-partager-spaces-title-twice-lead-ordinal-delivery-date-space-semicolon-salutations-signature-fr.txt",
  );

  it("prints Geneva and the date from “Statement | Geneva | …”, and the lead's date and city, not the posting date", async () => {
    const text = flat((await readPdf(await renderPdf(statementToDocument(ilo).document))).content);
    expect(text).toContain("Venue Geneva");
    expect(text).toContain("28 October 2019");
    const fr = flat((await readPdf(await renderPdf(statementToDocument(burkina).document))).content);
    expect(fr).toContain("Genève");
    expect(fr).toMatch(/1(?:er)? mars 2016/);
    expect(fr).not.toContain("a pris la parole le mardi");
  });

  it("keeps Bhutan's nine numbered paragraphs whole in the Word file, and a reception's greetings as greetings", async () => {
    const paragraphs = await readParagraphs(
      await renderDocx(statementToDocument(bhutan).document, { file: "bhutan" }),
    );
    const first = paragraphs.find((paragraph) => paragraph.text.includes("Royal Government of Bhutan"));
    expect(first?.text).toMatch(/extend my delegation['’]s warm congratulations/);
    expect(paragraphs.some((paragraph) => /^delegation['’]s warm/.test(paragraph.text))).toBe(false);
    const back = parseStatement(await renderDocx(statementToDocument(sierraLeone).document, { file: "sl" }), {
      filename: "sl.docx",
    }).statement;
    const greetings = back.body.filter((block) => block.type === "paragraph" && block.role === "salutation");
    expect(
      greetings.map((block) => (block.type === "paragraph" ? block.runs.map((r) => r.text).join("") : "")),
    ).toContain("Heads of International Organisations and Agencies;");
  });
});
