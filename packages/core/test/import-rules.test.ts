import { describe, expect, it } from "vitest";
import { analyzeStatement } from "../src/analyze/analyze-statement.js";
import { parseStatement } from "../src/import/parse-statement.js";
import type { Statement } from "../src/statement/statement-schema.js";

const read = (text: string, filename = "s.txt") => parseStatement(text, { filename });
const texts = (statement: Statement) =>
  statement.body.map((block) =>
    block.type === "list"
      ? block.items.map((item) => item.map((run) => run.text).join("")).join(" / ")
      : block.runs.map((run) => run.text).join(""),
  );
const roles = (statement: Statement) =>
  statement.body.map((block) => (block.type === "paragraph" ? block.role : block.type));

describe("Markdown in a .txt file", () => {
  it("is sniffed, read as Markdown and reported once", () => {
    const { statement, warnings } = read(
      "## **Conference on Disarmament**\n\nMr. President,\n\nThis is the 20<sup>th</sup> year.\n",
    );
    expect(statement.meeting).toBe("Conference on Disarmament");
    expect(statement.body[1]).toMatchObject({
      runs: [{ text: "This is the 20" }, { text: "th", marks: ["sup"] }, { text: " year." }],
    });
    expect(warnings[0]?.message).toMatch(/holds Markdown .*read as Markdown/);
  });

  it("leaves plain text with stray asterisks alone", () => {
    const { warnings, statement } = read("Mr. President,\n\nWe pledged 5 * 3 million in 2023.\n");
    expect(warnings).toEqual([]);
    expect(texts(statement)).toEqual(["Mr. President,", "We pledged 5 * 3 million in 2023."]);
  });
});

describe("paragraphs in pasted text", () => {
  it("reads one line per paragraph when there are no blank lines", () => {
    const { statement } = read(
      "Mr. President,\nWe welcome the report and thank the Special Envoy for her briefing today.\nThe situation on the ground has worsened since the Council last met on this file.\nThank you.\n",
    );
    expect(roles(statement)).toEqual(["salutation", "body", "body", "closing"]);
  });

  it("keeps lettered and Roman-numbered items on lines of their own, though they start in lower case", () => {
    const { statement } = read(
      "Mr. President,\n\nThe founders made three promises to the peoples of the world:\na) Freedom from war\nb) Freedom from want\nc) Freedom to live in dignity\n\nTwo paths lie open:\ni) to wait for the next crisis;\nii) to act on the last one.\n\nThank you.\n",
    );
    expect(texts(statement)).toEqual([
      "Mr. President,",
      "The founders made three promises to the peoples of the world:",
      "a) Freedom from war",
      "b) Freedom from want",
      "c) Freedom to live in dignity",
      "Two paths lie open:",
      "i) to wait for the next crisis;",
      "ii) to act on the last one.",
      "Thank you.",
    ]);
  });

  it("still joins a wrapped line that only happens to start with a letter and a stop", () => {
    const { statement } = read(
      "Mr. President,\n\nWe thank the Chair for convening this meeting on item\nb. and we look forward to the discussion that follows today.\n",
    );
    expect(texts(statement)[1]).toBe(
      "We thank the Chair for convening this meeting on item b. and we look forward to the discussion that follows today.",
    );
  });

  it("joins hard-wrapped lines, even a wrapped line that ends in a full stop", () => {
    const { statement } = read(
      "Mr. Chair,\n\nAt the outset, allow me to congratulate you on your election and to assure you of the full\nsupport of my delegation. We also thank the secretariat for its careful work on the\ndocuments before us.\n\nWe note with concern that the number of States in arrears has grown for a third year running.\nA sound financial basis is the precondition for everything this Organization does.\n\nThank you.\n",
    );
    expect(roles(statement)).toEqual(["salutation", "body", "body", "closing"]);
    expect(texts(statement)[1]).toContain(
      "the full support of my delegation. We also thank the secretariat for its careful work on the documents",
    );
  });

  it("starts a Japanese paragraph at a full-width indent and joins wrapped Japanese lines without a space", () => {
    const { statement } = read(
      "議長、\n\n　日本は、この決議案を\n支持します。\n　我が国は引き続き貢献します。\n\nご清聴ありがとうございました。\n",
    );
    expect(texts(statement)).toEqual([
      "議長、",
      "日本は、この決議案を支持します。",
      "我が国は引き続き貢献します。",
      "ご清聴ありがとうございました。",
    ]);
  });

  it("splits two sentences glued where a line break was lost", () => {
    const { statement } = read(
      "We thank the briefers for their work in 2023.Mr. President,\n\nThe Council must act.\n",
    );
    expect(texts(statement)).toEqual([
      "We thank the briefers for their work in 2023.",
      "Mr. President,",
      "The Council must act.",
    ]);
  });

  it("reads UN paragraph numbers as numbering and short lines between paragraphs as headings", () => {
    const { statement } = read(
      "Mr. President,\n\n1. We welcome the Secretary-General's report on the work of the Organization this year, and we thank his staff.\n\nFunding the Office\n\n2. We share the concern that the Office is asked to do more each year with less money, and we will say so again.\n\n3. We will keep our contribution unearmarked this year and we encourage others who are able to do the same.\n\nThank you.\n",
    );
    expect(roles(statement)).toEqual(["salutation", "body", "heading", "body", "body", "closing"]);
    expect(texts(statement)[1]).toMatch(/^We welcome/);
  });
});

describe("a statement flattened onto one line (a PDF's text on a document site)", () => {
  const line =
    "Statement by H.E. Ms. Mira Osei, Permanent Representative of Ghana, at the Sixth Committee " +
    "(Please check against delivery) Permanent Mission of Ghana to the United Nations 19 East 47th Street, " +
    "New York Mr. Chair, Distinguished delegates, Ghana welcomes the report of the Commission and thanks " +
    "its members for a full year of work on a difficult set of topics. We will comment on two of them today. " +
    "Mr. Chair, On the first topic, my delegation supports the draft articles as adopted on first reading, " +
    "and we look forward to the second reading next year with an open mind and a clear view of the practice. " +
    "I thank you.";

  it("is cut where the page's lines were: header parts, the salutation, a paragraph at each later address", () => {
    const { statement } = read(line);
    expect(statement.title).toBe(
      "Statement by H.E. Ms. Mira Osei, Permanent Representative of Ghana, at the Sixth Committee",
    );
    expect(statement.speaker).toBe("H.E. Ms. Mira Osei");
    expect(statement.delegation).toBe("Ghana");
    expect(roles(statement)).toEqual(["salutation", "body", "salutation", "body"]);
    expect(texts(statement)[0]).toBe("Mr. Chair, Distinguished delegates,");
    expect(texts(statement).join(" ")).not.toMatch(/47th Street|check against delivery/);
  });

  it("cuts a body flattened onto one line at its salutations", () => {
    const long = `Mr. President, ${"We support the work of the Commission and its members. ".repeat(8)}Mr. President, ${"We will say more in the informal consultations. ".repeat(6)}`;
    const { statement } = read(`Statement by Ghana\n\n${long.trim()}`);
    expect(roles(statement)).toEqual(["salutation", "body", "salutation", "body"]);
  });

  it("leaves a long line that is not a whole statement alone", () => {
    const long = `${"We support the work of the Commission and its members, Mr. President, in full. ".repeat(10)}`;
    const { statement } = read(`Statement by Ghana\n\n${long.trim()}`);
    expect(roles(statement)).toEqual(["body"]);
    // A long paragraph of the body that opens with "The statement by …" is not a page's header.
    const paragraph = `The statement by the Secretary-General was clear. ${"We agree with it in full, Mr. President, and we will act on it. ".repeat(10)}`;
    expect(texts(read(`Statement by Ghana\n\nMr. President,\n\n${paragraph.trim()}`).statement)).toEqual([
      "Mr. President,",
      paragraph.trim(),
    ]);
  });

  it("greets a presiding officer by name and office as a salutation, not a speaker", () => {
    const { statement } = read(
      "Statement by the Prime Minister of Papua New Guinea\n\nHis Excellency Mr. Abdulla Shahid, President of the General Assembly;\n\nFellow leaders, Excellencies and distinguished delegates;\n\nIt is an honour to address the Assembly.",
    );
    expect(roles(statement)).toEqual(["salutation", "salutation", "body"]);
    expect(
      read("Elena Marković, President of the General Assembly\n\nMr. President,\n\nText.").statement.speaker,
    ).toBe("Elena Marković");
  });
});

describe("page furniture", () => {
  it("takes a site's 'About' menu item for navigation, not a speaker", () => {
    const result = read(
      "About MOU\n\nSpeeches\n\nExcellencies, ladies and gentlemen.\n\nI am grateful to welcome you today.",
    );
    expect(result.statement.speaker).toBeUndefined();
    expect(result.explanation?.dropped.find((line) => line.text === "About MOU")?.reason).toBe("navigation");
  });

  it("drops a video player's leftovers and takes no style alone or label for a title", () => {
    const result = read(
      "Her Excellency\nKaltura\nVideo player cover image\n\nStatement summary\n\nMr. President,\n\nText of the statement.",
    );
    expect(result.statement.title).toBeUndefined();
    expect(result.explanation?.dropped.map((line) => line.reason)).toContain("navigation");
  });

  it("keeps a timestamped transcript's longest turn and names its speaker", () => {
    const result = read(
      [
        "Speaker 2 (00:10):",
        "",
        "The Assembly will now hear an address by the Foreign Minister of Chile.",
        "",
        "Camila Rojas (00:42):",
        "",
        "Mr. President, I thank you for giving me the floor at this important debate of the Assembly.",
        "",
        "(01:15)",
        "Chile will keep working with all regions for peace, for development and for the climate, as it always has.",
        "",
        "Speaker 2 (03:02):",
        "",
        "I thank the Minister.",
      ].join("\n"),
    );
    expect(result.statement.speaker).toBe("Camila Rojas");
    expect(texts(result.statement)).toEqual([
      "Mr. President, I thank you for giving me the floor at this important debate of the Assembly.",
      "Chile will keep working with all regions for peace, for development and for the climate, as it always has.",
    ]);
    // One labelled turn is no transcript: a label alone is left to the other rules.
    expect(
      read("Camila Rojas (00:42):\n\nMr. President,\n\nText.").explanation?.dropped.map(
        (line) => line.reason,
      ),
    ).not.toContain("speaker label");
  });

  it("drops what the site wraps around the statement, each line with its reason", () => {
    const result = read(
      [
        "Skip to main content",
        "Home > News > Speeches",
        "This page uses cookies to improve your experience.",
        "Speech",
        "UK statement at the Security Council on Sudan",
        "From:",
        "Foreign, Commonwealth & Development Office",
        "Published 14 March 2024",
        "",
        "President,",
        "",
        "The United Kingdom welcomes the briefing and calls on both parties to open the crossings.",
        "",
        "Thank you, President.",
        "",
        "Share this page",
        "Related content",
        "UK announces new funding for Sudan",
        "© Crown copyright",
      ].join("\n"),
    );
    expect(result.statement.title).toBe("UK statement at the Security Council on Sudan");
    expect(result.statement.delegation).toBe("United Kingdom");
    // Only the publication date is given: it is used, and said to be one.
    expect(result.statement.date?.start).toBe("2024-03-14");
    expect(result.warnings.some((warning) => /publication date/.test(warning.message))).toBe(true);
    expect(roles(result.statement)).toEqual(["salutation", "body", "closing"]);
    expect(
      Object.fromEntries(result.explanation?.dropped.map((line) => [line.text, line.reason]) ?? []),
    ).toEqual({
      "Skip to main content": "navigation",
      "Home > News > Speeches": "breadcrumb",
      "This page uses cookies to improve your experience.": "site notice",
      Speech: "page label",
      "From:": "department line",
      "Foreign, Commonwealth & Development Office": "department line",
      "Published 14 March 2024": "publication line",
      "Share this page": "navigation",
      "Related content": "navigation",
      "UK announces new funding for Sudan": "footer",
      "© Crown copyright": "footer",
    });
  });

  it("drops a line of decoration between sections, and keeps a list whose items start with a mark", () => {
    const result = read(
      [
        "Mr. President,",
        "",
        "We welcome the report and thank the team that wrote it.",
        "",
        "***",
        "",
        "Turning to the budget, we support the proposal before us.",
        "",
        "* * *",
        "",
        "We ask for two things:",
        "",
        "- first, a clear timeline;",
        "- second, a full report.",
        "",
        "________________",
        "",
        "◇",
        "",
        "Thank you.",
      ].join("\n"),
    );
    expect(roles(result.statement)).toEqual(["salutation", "body", "body", "body", "list", "closing"]);
    expect(result.explanation?.dropped.map((line) => [line.text, line.reason])).toEqual([
      ["***", "separator"],
      ["* * *", "separator"],
      ["________________", "separator"],
      ["◇", "separator"],
    ]);
  });

  it("drops an aggregator's tail after its link to the source, and a 'See also' teaser", () => {
    const long =
      "We thank the Special Envoy for his briefing and for his steady work with the parties over many months of talks, which have kept the truce in place in most of the country even as the economy has failed to recover […]";
    const result = read(
      [
        "Mr. President,",
        "",
        long,
        "",
        "Click here to visit source.",
        "",
        "See also  Another Headline About Something",
        "",
        "By Donato",
      ].join("\n"),
    );
    expect(texts(result.statement)).toEqual(["Mr. President,", long]);
    expect(result.explanation?.dropped.map((line) => line.reason)).toEqual([
      "site notice",
      "list of other pages",
      "footer",
    ]);
    // A sentence that refers the reader on stays.
    expect(
      texts(read("Mr. President,\n\nSee also the report of the Secretary-General.\n\nThank you.").statement),
    ).toContain("See also the report of the Secretary-General.");
  });

  it("prefers the delivery date to the page's publication date", () => {
    const { statement } = read(
      "Published 14 March 2024\n\nGeneva, 13 March 2024\n\nMr. President,\n\nText of the statement follows here in full.\n",
    );
    expect(statement.date?.start).toBe("2024-03-13");
    expect(statement.venue).toBe("Geneva");
  });
});

describe("delivery markers, notes and co-signatories", () => {
  it("keeps what stands above a marker alone on its line out of the text, unless it is an address", () => {
    const about =
      "The Union's commitment to effective multilateralism is a central element of its external action. Its delegation coordinates with the Member States.";
    const { statement } = read(
      `${about}\n\n– As delivered –\n\nMr. President,\n\nI have the honour to speak on behalf of the European Union.`,
    );
    expect(texts(statement)).toEqual([
      "Mr. President,",
      "I have the honour to speak on behalf of the European Union.",
    ]);
    // An address above the marker: the statement had begun.
    expect(texts(read("Mr. President,\n\n(As delivered)\n\nWe welcome the report.").statement)).toEqual([
      "Mr. President,",
      "We welcome the report.",
    ]);
  });

  it("keeps a delivery marker as a field, never as text", () => {
    const { statement } = read(
      "AS DELIVERED by Ambassador Jane Roe\n\n(Check against delivery)\n\nMr. President,\n\nWe welcome this debate.\n",
    );
    expect(statement.delivery).toBe("As delivered · Check against delivery");
    expect(statement.speaker).toBe("Ambassador Jane Roe");
    expect(texts(statement).join(" ")).not.toMatch(/deliver/i);
  });

  it("makes numbered notes real notes: the marker stays in its run, the text goes to notes, neither is spoken", () => {
    const { statement } = read(
      "Mr. President,\n\nWe welcome the report[1] and the annual funding table.[2]\n\nThank you.\n\n[1] A/HRC/53/20.\n[2] Published by the Office each June.\n",
    );
    expect(statement.notes).toEqual([
      { id: "1", runs: [{ text: "A/HRC/53/20." }] },
      { id: "2", runs: [{ text: "Published by the Office each June." }] },
    ]);
    expect(statement.body[1]).toMatchObject({
      runs: [
        { text: "We welcome the report" },
        { text: "[1]", marks: ["sup"], note: "1" },
        { text: " and the annual funding table." },
        { text: "[2]", marks: ["sup"], note: "2" },
      ],
    });
    expect(roles(statement)).toEqual(["salutation", "body", "closing"]);
    expect(analyzeStatement(statement).words).toBe(13);
  });

  it("keeps labelled notes, reference blocks and vote tallies out of the spoken text", () => {
    const { statement } = read(
      "議長、\n\n日本は決議の採択を歓迎します。\n\nご清聴ありがとうございました。\n\n（注）本決議は賛成多数で採択された。\n【参考】\n国際司法裁判所は15名の裁判官から成る。\n",
    );
    expect(statement.notes?.map((note) => note.label)).toEqual(["注", "参考"]);
    expect(roles(statement)).toEqual(["salutation", "body", "closing"]);
    const vote = read(
      "Mr. President,\n\nWe voted in favour of this resolution.\n\nThank you.\n\nIn favour: 120; Against: 5; Abstentions: 30\n",
    );
    expect(vote.statement.notes).toEqual([
      { label: "Vote", runs: [{ text: "In favour: 120; Against: 5; Abstentions: 30" }] },
    ]);
  });

  it("takes a joint statement's list of countries out of the text, and the delegation is who delivers it", () => {
    const { statement } = read(
      "Joint statement delivered by Chile on behalf of a group of countries\n\nMr. President,\n\nWe are deeply concerned about the situation of women and girls.\n\nThank you.\n\nAustria\nBelgium\nCosta Rica\nGhana\nTrinidad and Tobago\n",
    );
    expect(statement.delegation).toBe("Chile");
    expect(statement.cosignatories).toEqual([
      "Austria",
      "Belgium",
      "Costa Rica",
      "Ghana",
      "Trinidad and Tobago",
    ]);
    expect(roles(statement)).toEqual(["salutation", "body", "closing"]);
  });

  it("keeps a sentence whose list of countries runs on into what they say, and still lists them", () => {
    // As on press-release pages: the list opens the sentence, with or without a comma after it.
    for (const after of [", we mark", " we mark"]) {
      const spoken = `On behalf of the following countries: Austria, Belgium, Canada, Ireland and the United Kingdom${after} twenty years of the Convention.`;
      const { statement } = read(
        `Madam Chair.\n\n${spoken}\n\nWe call on every State to join it.\n\nThank you.\n`,
      );
      expect(statement.cosignatories).toEqual(["Austria", "Belgium", "Canada", "Ireland", "United Kingdom"]);
      expect(texts(statement)).toEqual([
        "Madam Chair.",
        spoken,
        "We call on every State to join it.",
        "Thank you.",
      ]);
    }
    // Countries thanked in passing are text, not co-signatories.
    const thanks =
      "We thank France, Germany, Japan, Kenya, Brazil and the many partners who supported this work.";
    const passing = read(`Mr. President,\n\n${thanks}\n\nThank you.\n`).statement;
    expect(passing.cosignatories ?? []).toEqual([]);
    expect(texts(passing)).toEqual(["Mr. President,", thanks, "Thank you."]);
    // A list that ends the paragraph is still taken out of the text.
    const { statement } = read(
      "Mr. President,\n\nWe are alarmed by attacks on journalists.\n\nThank you.\n\nOn behalf of the following countries: Austria, Belgium, Canada, Ireland and the United Kingdom.\n",
    );
    expect(statement.cosignatories).toEqual(["Austria", "Belgium", "Canada", "Ireland", "United Kingdom"]);
    expect(roles(statement)).toEqual(["salutation", "body", "closing"]);
  });
});

describe("the delegation, from whatever the page says", () => {
  const delegation = (text: string) => read(text).statement.delegation;

  it("reads offices, demonyms, 'on behalf of' and the subject of the first sentences", () => {
    expect(
      delegation(
        "Statement by H.E. Ms. Ana Silva, Permanent Representative of Brazil\n\nMr. President,\n\nText here.",
      ),
    ).toBe("Brazil");
    expect(
      delegation("Australian statement on the Peacebuilding Commission\n\nMr. President,\n\nText here."),
    ).toBe("Australia");
    expect(
      delegation(
        "Mr. President,\n\nOn behalf of the Government of Kenya, I congratulate you on your election.",
      ),
    ).toBe("Kenya");
    expect(
      delegation("Mr. President,\n\nNorway welcomes the report. We thank the briefers for their work."),
    ).toBe("Norway");
    expect(delegation("議長、\n\n日本政府を代表して、発言の機会をいただき感謝申し上げます。")).toBe("Japan");
    expect(delegation("主席先生：\n\n中方一贯主张通过对话协商解决问题。")).toBe("China");
    // A title in French, Spanish, Korean or Arabic names who delivers it; not the country it is about.
    expect(delegation("Intervención de México en el debate abierto\n\nSeñor Presidente:\n\nTexto.")).toBe(
      "Mexico",
    );
    expect(
      delegation("Déclaration sur la situation en Syrie\n\nMonsieur le Président,\n\nTexte."),
    ).toBeUndefined();
    expect(delegation("유엔 총회 제1위원회 대한민국 대표 발언문\n\n의장님,\n\n감사합니다.")).toBe(
      "Republic of Korea",
    );
    expect(
      delegation("Г-н Председатель,\n\nРоссия последовательно выступает за политическое урегулирование."),
    ).toBe("Russia");
  });

  it("never takes a country that is criticised, listed or merely named, and says which it saw", () => {
    const result = read(
      "Mr. President,\n\nWe condemn Russia's attacks on Ukraine's energy system. Russia must withdraw.\n",
    );
    expect(result.statement.delegation).toBeUndefined();
    expect(result.warnings.map((warning) => warning.message)).toContainEqual(
      expect.stringMatching(/delegation left empty: “Russia”/),
    );
    expect(
      delegation(
        "Statement by Denmark, Finland, Iceland, Norway and Sweden\n\nMr. Chair,\n\nI speak for the Nordic countries and my own country, Norway.",
      ),
    ).toBe("Norway");
  });

  it("lists a state by its usual name, not its long official form, but keeps the UN's own names", () => {
    const office = (country: string) =>
      delegation(
        `Statement by H.E. Mr. Ali Sami, Permanent Representative of ${country}\n\nMr. President,\n\nText.`,
      );
    expect(office("the Republic of Ghana")).toBe("Ghana");
    expect(office("the Islamic Republic of Iran")).toBe("Iran");
    expect(office("the United States of America")).toBe("United States");
    expect(office("the Republic of Korea")).toBe("Republic of Korea");
    expect(office("the Republic of Moldova")).toBe("Republic of Moldova");
    expect(office("the Russian Federation")).toBe("Russian Federation");
  });
});

describe("the speaker, in the forms pages give", () => {
  it("reads a styled name after an office in a byline, and takes no lower-case continuation or date code into the title", () => {
    const { statement } = read(
      "Permanent Mission of Canada\nto the United Nations\n\n240301 - Security Council Briefing: The Situation in Haiti\n\n1 March 2024\n\nStatement delivered by Chargé, H.E. Ambassador Paul Tremblay, Canadian Mission to the United Nations\n\nCanada has always stood with the people of Haiti and will continue to do so.\n\nWe call on all parties to allow humanitarian access without delay.",
    );
    expect(statement).toMatchObject({
      title: "Security Council Briefing: The Situation in Haiti",
      speaker: "H.E. Ambassador Paul Tremblay",
    });
  });

  it("reads a full-text cue with the speaker in the possessive as a cue, not a title", () => {
    const { statement } = read(
      "The Permanent Mission reported the debate on its website on 3 May.\n\nThe full text of Ambassador Chen Hao's speech is as follows:\n\nMr. President:\n\nI thank the briefers.\n\nThank you, Mr. President.",
    );
    expect(statement.title).toBeUndefined();
    expect(statement.speaker).toBe("Ambassador Chen Hao");
  });

  it("reads a possessive title's speaker and keeps 'Presidency by <country>' in the title", () => {
    const { statement } = read(
      "Ambassador Olga Petrova’s remarks to the press on the occasion of assuming the Council Presidency by Belarus\n\nGood afternoon.\n\nWe will hold three open debates this month.",
    );
    expect(statement.title).toBe(
      "Ambassador Olga Petrova’s remarks to the press on the occasion of assuming the Council Presidency by Belarus",
    );
    expect(statement.speaker).toMatch(/Olga Petrova$/);
    // A country's possessive names no person.
    expect(
      read("South Africa's statement at the Plenary\n\nMr. President,\n\nText.").statement.speaker,
    ).toBeUndefined();
  });

  it("reads a French post's date-dash headline as its title, the speaker after 'par', and a briefing's 'Bonjour'", () => {
    const { statement } = read(
      "12 avril 2016 - Présentation du programme de travail du Conseil pour le mois d'avril par Mme Claire Dubois, présidente du Conseil de sécurité\n\nBonjour Mesdames, Messieurs,\n\nJe vais vous présenter notre programme.\n\nJe vous remercie.",
    );
    expect(statement).toMatchObject({
      title:
        "Présentation du programme de travail du Conseil pour le mois d'avril par Mme Claire Dubois, présidente du Conseil de sécurité",
      date: { start: "2016-04-12" },
      speaker: "Mme Claire Dubois",
    });
    expect(roles(statement)).toEqual(["salutation", "body", "closing"]);
  });

  const speaker = (header: string) =>
    read(`${header}\n\nMr. President,\n\nText of the statement follows.`).statement.speaker;

  it("reads a name before its office, and a name after an office in a byline", () => {
    expect(speaker("Elena Marković, President of the General Assembly")).toBe("Elena Marković");
    expect(
      speaker("Statement by the Representative of Cyprus Ambassador Nikos Petrides at the Plenary"),
    ).toBe("Ambassador Nikos Petrides");
    expect(speaker("Statement by Minister for Foreign Affairs Elsa Lind on behalf of Sweden")).toBe(
      "Minister for Foreign Affairs Elsa Lind",
    );
  });

  it("reads a page's sentence saying who delivered the statement, which is no delivery marker", () => {
    const { statement } = read(
      "Joint Statement on the Safety of Journalists\n\nThe statement was delivered by H.E. Ms. Ingrid Solberg, Ambassador and Permanent Representative of Norway, on behalf of a group of 45 states.\n\nMr. President,\n\nJournalists must be able to work without fear.",
    );
    expect(statement.speaker).toBe("H.E. Ms. Ingrid Solberg");
    expect(statement.delivery).toBeUndefined();
    expect(
      speaker("This statement was read out by Counsellor Ana Ribeiro of the Permanent Mission of Portugal."),
    ).toBe("Counsellor Ana Ribeiro");
    expect(read("Statement by Chile\n\nAs delivered\n\nMr. President,\n\nText.").statement.delivery).toBe(
      "As delivered",
    );
  });

  it("ends a name before 'of the … Mission' and keeps an aggregator's labels out of the title", () => {
    const { statement } = read(
      "PRESS RELEASE : Prevention pays – UK statement at the UN Security Council [March 2025]\n\nStatement by Ambassador Oliver Grant of the UK Mission to the UN at the open debate on prevention\n\nThank you, President.\n\nPrevention remains the most cost-effective tool this Council has.",
    );
    expect(statement.title).toBe("Prevention pays – UK statement at the UN Security Council");
    expect(statement.speaker).toBe("Ambassador Oliver Grant");
  });

  it("ends a name where an office begins, commas or not", () => {
    expect(
      speaker("Statement by H.E. Mr. Kwame Ofori Prime Minister of the Republic of Ghana at the Assembly"),
    ).toBe("H.E. Mr. Kwame Ofori");
    expect(speaker("Statement by H.E. Ms. Lena Holt Deputy Prime Minister of Norway during the Debate")).toBe(
      "H.E. Ms. Lena Holt",
    );
    expect(
      speaker("STATEMENT BY THE RIGHT HONOURABLE JOHN TEKA PRIME MINISTER OF TUVALU BEFORE THE ASSEMBLY"),
    ).toBe("THE RIGHT HONOURABLE JOHN TEKA");
    expect(speaker("Statement by Mr. Omar Haddad Vice-President of the Council")).toBe("Mr. Omar Haddad");
    // An office used as an honorific before the name does not end it.
    expect(
      speaker(
        "STATEMENT BY H.E. AMBASSADOR AZIZ RAHMAN PERMANENT REPRESENTATIVE OF MALAYSIA AT THE FIRST COMMITTEE",
      ),
    ).toBe("H.E. AMBASSADOR AZIZ RAHMAN");
  });
});

describe("dates in every form", () => {
  it("takes a date on a line of its own over one a topic broken before its date ends on", () => {
    const { statement } = read(
      "Statement by H.E. Mr. Taro Yamada\n\nBriefing on the report of the Panel on the Attack in the Eastern Area of\n\nHoms on 3 May 2019\n\nThursday, 12 September 2019\n\nMr. President,\n\nText of the statement.",
    );
    expect(statement.date?.start).toBe("2019-09-12");
    expect(statement.venue).toBeUndefined();
  });

  const date = (line: string) => read(`${line}\n\nMr. President,\n\nText of the statement.`).statement.date;

  it("reads dotted and dashed European dates day first, and slashes only when a day over 12 says how", () => {
    expect(date("Geneva, 27.02.2023")?.start).toBe("2023-02-27");
    expect(date("News item | 12-09-2023 | 16:40")?.start).toBe("2023-09-12");
    expect(date("13/03/2024")?.start).toBe("2024-03-13");
    expect(date("Tuesday, 14 March 2023")?.start).toBe("2023-03-14");
    expect(date("令和5年9月19日（火）")?.start).toBe("2023-09-19");
    // The site around an English statement may date it in its own language.
    expect(date("12. März 2024")?.start).toBe("2024-03-12");
    expect(date("Genève, 12 mars 2024")?.start).toBe("2024-03-12");
    expect(date("12 de marzo de 2024")?.start).toBe("2024-03-12");
    expect(date("28. október 2024")?.start).toBe("2024-10-28");
    const ambiguous = read("01/03/2018\n\nMr. President,\n\nText of the statement.");
    expect(ambiguous.statement.date).toBeUndefined();
    expect(ambiguous.warnings[0]?.message).toMatch(/day\/month or month\/day/);
  });
});

describe("a meeting line that goes on from the title", () => {
  it("is read as the meeting's name, without its preposition", () => {
    const { statement } = read(
      [
        "Statement by H.E. Mr. Taro Hoshino, Ambassador, Permanent Representative of Japan to the United Nations",
        "At the Security Council Open Debate on Children and Armed Conflict",
        "26 June 2024",
        "",
        "Thank you, Madam President.",
        "",
        "Japan is deeply concerned by the number of grave violations against children.",
      ].join("\n"),
    );
    expect(statement.meeting).toBe("Security Council Open Debate on Children and Armed Conflict");
    expect(statement.speaker).toBe("H.E. Mr. Taro Hoshino");
    expect(statement.date?.start).toBe("2024-06-26");
  });

  it("loses “During the” too, and keeps a name that only starts like a preposition", () => {
    const during = read(
      [
        "Statement by Ms. Hana Mori, Counsellor, Permanent Mission of Japan",
        "During the Interactive Dialogue with the Special Rapporteur on the Right to Food",
        "Geneva, 5 March 2024",
        "",
        "Mr. President,",
        "",
        "Japan thanks the Special Rapporteur.",
      ].join("\n"),
    );
    expect(during.statement.meeting).toBe(
      "Interactive Dialogue with the Special Rapporteur on the Right to Food",
    );
    expect(during.statement.venue).toBe("Geneva");
    const named = read("Atlantic Council Forum on Oceans\n\nExcellencies,\n\nThe ocean is one.\n");
    expect(named.statement.meeting).toBe("Atlantic Council Forum on Oceans");
  });
});

describe("a page's lead above the statement", () => {
  it("starts the statement after a cue that its full text follows, and reads the lead", () => {
    const result = read(
      [
        "Statement of Norway at the Security Council open debate on children and armed conflict",
        "",
        "H.E. Ms. Kari Nordby, Permanent Representative of Norway to the United Nations, delivered a statement at the open debate.",
        "Ambassador Nordby speaks in the Council chamber. (Photo: Norwegian Mission)",
        "",
        "Below is the full text of the statement.",
        "",
        "Madam President,",
        "",
        "Norway thanks the Special Representative for her report and for her tireless work.",
        "",
        "Thank you.",
      ].join("\n"),
    );
    expect(result.statement.speaker).toBe("H.E. Ms. Kari Nordby");
    expect(roles(result.statement)).toEqual(["salutation", "body", "closing"]);
    const dropped = Object.fromEntries(
      result.explanation?.dropped.map((line) => [line.text, line.reason]) ?? [],
    );
    expect(dropped["Ambassador Nordby speaks in the Council chamber. (Photo: Norwegian Mission)"]).toBe(
      "photo caption",
    );
    expect(dropped["Below is the full text of the statement."]).toBe("header line not recognised");
  });

  it("reads who spoke, where and on which day from a Japanese news lead, the year from the page's stamp", () => {
    const { statement } = read(
      [
        "2023.1.3 9:15",
        "",
        "米ニューヨークを訪問中の山川一郎外相は30日午後、国連安全保障理事会の公開討論で演説した。演説の全文は次の通り。",
        "",
        "◇",
        "",
        "議長、本日の討論を主催されたことに感謝します。",
        "",
        "日本は、法の支配に基づく国際秩序を守るため、全ての国と協力していきます。",
      ].join("\n"),
    );
    expect(statement.speaker).toBe("山川一郎外相");
    expect(statement.venue).toBe("ニューヨーク");
    // The 30th before a stamp of 3 January is the 30th of December the year before.
    expect(statement.date?.start).toBe("2022-12-30");
    expect(texts(statement).join("")).not.toContain("演説の全文");
    expect(texts(statement)[0]).toContain("本日の討論を主催");
  });

  it("takes a label such as 【演説全文】 as the end of the lead", () => {
    const { statement } = read(
      [
        "第80回国連総会における一般討論演説",
        "",
        "　国連総会において、総理の一般討論演説を国連大使が代読しました。",
        "",
        "【演説全文】",
        "",
        "　議長、国連は本年、創設から80年の節目を迎えました。",
        "　日本は、これからも国連とともに歩みます。",
      ].join("\n"),
    );
    expect(texts(statement).join("")).not.toContain("代読");
    expect(texts(statement).join("")).not.toContain("演説全文");
    expect(texts(statement)[0]).toContain("創設から80年");
  });
});

describe("an EU statement's alignment sentence and its asterisk note", () => {
  it("keeps the sentence, takes its countries as co-signatories and the asterisk line as a note", () => {
    const { statement } = read(
      [
        "OSCE Permanent Council No. 1400 Vienna, 2 May 2024",
        "",
        "EU Statement on the situation in the Western Balkans",
        "",
        "Mr Chair,",
        "",
        "The European Union welcomes the progress made in the dialogue and calls on both sides to implement what they agreed.",
        "",
        "The Candidate Countries North Macedonia*, Montenegro* and Albania*, and the EFTA country Iceland, member of the European Economic Area, as well as San Marino align themselves with this statement.",
        "",
        "* North Macedonia, Montenegro and Albania continue to be part of the Stabilisation and Association Process.",
      ].join("\n"),
    );
    expect(statement.meeting).toBe("OSCE Permanent Council No. 1400");
    expect(statement.venue).toBe("Vienna");
    expect(statement.date?.start).toBe("2024-05-02");
    expect(statement.cosignatories).toEqual([
      "North Macedonia",
      "Montenegro",
      "Albania",
      "Iceland",
      "San Marino",
    ]);
    expect(texts(statement).join(" ")).toContain("align themselves with this statement");
    expect(statement.notes?.map((note) => note.id)).toEqual(["*"]);
    expect(texts(statement).join(" ")).not.toContain("Stabilisation and Association Process");
  });

  it("reads a national statement that aligns itself with the EU's as spoken, with no co-signatories", () => {
    const { statement } = read(
      "Mr. President,\n\nItaly fully aligns itself with the statement of the European Union, and I add a few words in my national capacity.\n",
    );
    expect(statement.cosignatories).toBeUndefined();
    expect(texts(statement).join(" ")).toContain("aligns itself");
  });

  it("keeps bullets made with asterisks a list when no word of the text carries an asterisk", () => {
    const { statement } = read("Mr. President,\n\nWe ask for:\n\n* a clear timeline;\n\nThank you.\n");
    expect(roles(statement)).toEqual(["salutation", "body", "list", "closing"]);
  });
});

describe("title lines", () => {
  it('takes no title from a cover block\'s bare "Statement by"', () => {
    const { statement } = read(
      [
        "Statement by Foreign Minister Ana Silva in the Security Council Open Debate, New York, 10 June 2020",
        "",
        "Statement by",
        "",
        "H.E. Ana Silva",
        "",
        "Minister for Foreign Affairs of the Republic of Indonesia",
        "",
        "Mr. President,",
        "",
        "Indonesia welcomes this debate.",
      ].join("\n"),
    );
    expect(statement.title).toBe(
      "Statement by Foreign Minister Ana Silva in the Security Council Open Debate",
    );
  });

  it("reads the city a title line ends on", () => {
    const { statement } = read(
      "Statement delivered by H.E. Ambassador Jens Holm, Permanent Representative of Denmark to the UN, at the General Debate of the General Assembly in New York.\n\nMr. President,\n\nDenmark welcomes the theme of this year's debate.\n",
    );
    expect(statement.venue).toBe("New York");
  });
});

describe("a Japanese title's speaker", () => {
  it("is the whole name and office before による", () => {
    const { statement } = read(
      "山田太郎軍縮会議日本政府代表部特命全権大使による演説\n\n議長、\n\n日本は、核兵器のない世界の実現に向けて、全ての国と協力してまいります。\n",
    );
    expect(statement.speaker).toBe("山田太郎軍縮会議日本政府代表部特命全権大使");
  });
});

describe("a minister's address, as a foreign ministry's page prints it", () => {
  it("reads thanks that greet an official by name as the salutation, the office the speaker names as the delegation, and drops the media contacts", () => {
    const result = read(
      [
        "Address to the Human Rights Council",
        "",
        "Thank you Madam President, High CommissionerTürk, distinguished Ambassadors,Excellencies, friends.",
        "",
        "It is an honour to return to this Council as Australia's Minister for Foreign Affairs.",
        "",
        "Human rights defenders deserve our protection, and the Council must speak up for them.",
        "",
        "Thank you.",
        "",
        "Media enquiries",
        "",
        "Minister's office: (02) 6277 7500",
      ].join("\n"),
    );
    expect(roles(result.statement)).toEqual(["salutation", "body", "body", "closing"]);
    expect(result.statement.delegation).toBe("Australia");
    expect(
      result.explanation?.dropped.find((line) => line.text.startsWith("Minister's office"))?.reason,
    ).toBe("footer");
  });

  it("takes a country after an address as the subject of its sentence", () => {
    const { statement } = read(
      "Mr. President,\n\nThe report before us is sobering.\n\nMadam President, Chile will keep working with every delegation to carry this forward.\n",
    );
    expect(statement.delegation).toBe("Chile");
  });
});

describe("statements in the other UN languages, as their pages print them", () => {
  it("reads a French page: the city a headline ends on in brackets, a shorter marker, stacked greetings, L'honorable", () => {
    const result = read(
      [
        "Discours de la ministre au Conseil des Droits de l'Homme (Genève)",
        "",
        "L'honorable Claire Dubois",
        "",
        "Seul le prononcé fait foi",
        "",
        "Monsieur le Président,",
        "",
        "Excellences, Chers collègues distingués,",
        "",
        "La Belgique salue le travail du Conseil et de la Haute-Commissaire.",
        "",
        "Je vous remercie.",
      ].join("\n"),
    );
    expect(result.statement.venue).toBe("Genève");
    expect(result.statement.delivery).toBe("Seul le prononcé fait foi");
    expect(result.statement.speaker).toBe("L'honorable Claire Dubois");
    expect(roles(result.statement)).toEqual(["salutation", "salutation", "body", "closing"]);
  });

  it("reads a place line without a date, Russian greetings, and a blessing as the closing", () => {
    const spanish = read(
      "Intervención del Presidente del Gobierno\n\nAsamblea General de Naciones Unidas, Nueva York\n\nSeñor Presidente,\n\nEspaña reitera su compromiso con el multilateralismo.\n",
    );
    expect(spanish.statement.venue).toBe("Nueva York");
    const russian = read(
      "Уважаемый господин Председатель,\n\nВаши Превосходительства,\n\nБеларусь поддерживает усилия Совета.\n\nБлагодарю за внимание.\n",
    );
    expect(roles(russian.statement)).toEqual(["salutation", "salutation", "body", "closing"]);
    const arabic = read(
      "Mr. President,\n\nThe State of Qatar will continue to support the work of the United Nations.\n\nPeace, mercy and blessings of God be upon you.\n",
    );
    expect(roles(arabic.statement)).toEqual(["salutation", "body", "closing"]);
  });
});

describe("leads that name a royal or princely speaker", () => {
  it("reads the speaker, city and date from a lead ending in a colon, and a lead whose text follows", () => {
    const saudi = read(
      [
        "Prince Faisal's statement at the General Assembly",
        "Following is the English translation of the prepared statement of His Royal Highness Prince Faisal bin Salman, Minister of State, at the General Assembly, New York, September 21, 2010:",
        "",
        "Mr. President,",
        "",
        "The Kingdom of Saudi Arabia has given priority to development in its foreign policy.",
      ].join("\n"),
    );
    expect(saudi.statement.speaker).toBe("His Royal Highness Prince Faisal bin Salman");
    expect(saudi.statement.venue).toBe("New York");
    expect(saudi.statement.date?.start).toBe("2010-09-21");
    expect(saudi.statement.delegation).toBe("Saudi Arabia");
    const qatar = read(
      [
        "His Highness Sheikh Tamim bin Hamad Al Thani, the Amir of the State of Qatar, delivered a speech, the text of which is as follows:",
        "",
        "Mr. President,",
        "",
        "The State of Qatar welcomes this debate.",
      ].join("\n"),
    );
    expect(qatar.statement.speaker).toBe("His Highness Sheikh Tamim bin Hamad Al Thani");
    expect(texts(qatar.statement).join(" ")).not.toContain("the text of which");
  });
});

describe("the delegation, in French and Spanish", () => {
  it("is the country a Spanish text speaks on behalf of, and the one a French title's national statement names", () => {
    const spanish = read(
      "Señor Presidente,\n\nEn nombre del Gobierno de España, quiero agradecer la convocatoria de este debate tan necesario.\n",
    );
    expect(spanish.statement.delegation).toBe("Spain");
    const french = read(
      "La déclaration nationale du Canada à l'Assemblée générale\n\nMonsieur le Président,\n\nNous saluons ce débat.\n",
    );
    expect(french.statement.delegation).toBe("Canada");
  });
});

describe("an English original on a Japanese mission's page", () => {
  it("drops the link to the translation, and joins a title that goes on with a preposition", () => {
    const { statement, explanation } = read(
      [
        "仮訳はこちら",
        "Address by H.E. Mr. Taro Yamada, Prime Minister of  Japan",
        "  at  the Seventieth Session of the General Assembly of the United Nations",
        "  Monday, September 28, 2015",
        "Mr. President,",
        "  Japan will keep working with the United Nations for peace.",
      ].join("\n"),
    );
    expect(statement.title).toMatch(/Prime Minister of\s+Japan at\s+the Seventieth Session/);
    expect(statement.titleJa).toBeUndefined();
    expect(statement.delivery).toBeUndefined();
    expect(explanation?.dropped.find((line) => line.text === "仮訳はこちら")?.reason).toBe(
      "link to the original",
    );
  });
});

describe("a Russian title with its date in brackets", () => {
  it("is a title, not the statement's first sentence, and gives the date", () => {
    const { statement } = read(
      [
        "В Беларусь без визы",
        "",
        "Выступление Постоянного представителя в Совете Безопасности ООН (23 мая 2019 г.)",
        "",
        "Уважаемый господин Председатель,",
        "",
        "Благодарим председательство за возможность обсудить эту тему.",
      ].join("\n"),
    );
    expect(statement.title).toMatch(/^Выступление Постоянного представителя/);
    expect(statement.date?.start).toBe("2019-05-23");
  });
});

describe('a headline that begins "Full text of …"', () => {
  it("is the title, not a cue that the text follows", () => {
    const { statement } = read(
      "Full text of Prime Minister Sato's speech at the UN General Assembly\n\nMr. President,\n\nJapan will keep working with the United Nations for peace.\n",
    );
    expect(statement.title).toBe("Full text of Prime Minister Sato's speech at the UN General Assembly");
  });
});

describe("spoken lines that look like page furniture", () => {
  it("keeps a sentence about a photo and a vote tally with a colon", () => {
    const { statement } = read(
      "Mr. President,\n\nWe have all seen the photo: children under the rubble.\n\nRecorded vote: 122-0-44\n\nThank you.\n",
    );
    const all = [
      ...texts(statement),
      ...(statement.notes ?? []).map((note) => note.runs.map((run) => run.text).join("")),
    ];
    expect(all.join(" ")).toContain("children under the rubble");
    expect(all.join(" ")).toContain("122-0-44");
  });
});

describe("a country criticised in the statement", () => {
  it("is not taken for the speaker's own, whatever verb follows it", () => {
    const { statement } = read(
      "Mr. President,\n\nMadam President, Russia will keep attacking cities. Russia has made the situation worse.\n\nThank you.\n",
    );
    expect(statement.delegation).toBeUndefined();
  });
});

describe("the delegation as the subject of French and Spanish sentences", () => {
  it("is the country that speaks of itself with a verb a delegation uses", () => {
    const french = read("Monsieur le Président,\n\nLa Belgique salue le travail accompli par le Conseil.\n");
    expect(french.statement.delegation).toBe("Belgique");
    const spanish = read("Señor Presidente,\n\nChile reitera su firme compromiso con el multilateralismo.\n");
    expect(spanish.statement.delegation).toBe("Chile");
  });
});

describe("numbered section headings", () => {
  it("keeps a short numbered line alone between paragraphs as a heading with its number, and a numbered list as a list", () => {
    const { statement } = read(
      [
        "Mr. President,",
        "",
        "1. Nuclear Safety",
        "",
        "Japan continues to strengthen its regulatory framework.",
        "",
        "2. Nuclear Non-Proliferation",
        "",
        "We call on all States to conclude an Additional Protocol.",
        "",
        "We propose three steps:",
        "",
        "1. Universal safeguards",
        "2. Export controls",
        "",
        "Thank you.",
      ].join("\n"),
    );
    expect(statement.body.map((block) => block.type)).toEqual([
      "paragraph",
      "heading",
      "paragraph",
      "heading",
      "paragraph",
      "paragraph",
      "list",
      "paragraph",
    ]);
    expect(texts(statement)[3]).toBe("2. Nuclear Non-Proliferation");
  });
});

describe("numbered section headings that count up", () => {
  it("keep their numbers: they are headings, not the UN's paragraph numbering", () => {
    const { statement } = read(
      [
        "Mr. President,",
        "",
        "Japan congratulates you on your election.",
        "",
        "2. Nuclear Non-Proliferation",
        "",
        "Safeguards are the heart of the Agency's work.",
        "",
        "3. Nuclear Safety",
        "",
        "Safety can never be taken for granted.",
        "",
        "4. Concluding Remarks",
        "",
        "Japan will remain a steadfast partner of the Agency.",
      ].join("\n"),
    );
    const headings = statement.body.flatMap((block) =>
      block.type === "heading" ? [block.runs.map((run) => run.text).join("")] : [],
    );
    expect(headings).toEqual(["2. Nuclear Non-Proliferation", "3. Nuclear Safety", "4. Concluding Remarks"]);
  });
});

describe("a prime minister's statement page", () => {
  it('drops a screen reader\'s container labels, reads "Ottawa, Ontario" and a country opening a quoted paragraph', () => {
    const result = read(
      [
        "Main Container",
        "",
        "Statement by the Prime Minister on United Nations Day",
        "",
        "October 24, 2019",
        "Ottawa, Ontario",
        "",
        "The Prime Minister today issued the following statement:",
        "",
        "“Canada is proud to stand with the United Nations, as it has since 1945.",
        "",
        "“We will keep working for a fairer world.”",
      ].join("\n"),
    );
    expect(result.statement.venue).toBe("Ottawa");
    expect(result.statement.delegation).toBe("Canada");
    expect(result.explanation?.dropped.find((line) => line.text === "Main Container")?.reason).toBe(
      "navigation",
    );
  });
});

describe("a government speech page with a lead under its headline", () => {
  const page = [
    "Speech by Minister Aalders at the UN Human Rights Council",
    "",
    "Speech by Minister of Foreign Affairs Pieter Aalders at the Human Rights Council in Geneva, 3 March 2025.",
    "",
    "Mr. President,",
    "",
    "Defenders of human rights deserve our protection wherever they work.",
    "",
    "The Kingdom of the Netherlands will work to protect civic space in this Council.",
  ].join("\n");

  it("reads the city before the lead's date and the speaker as the lead names him in full", () => {
    const { statement } = read(page);
    expect(statement.venue).toBe("Geneva");
    expect(statement.date?.start).toBe("2025-03-03");
    expect(statement.speaker).toBe("Minister of Foreign Affairs Pieter Aalders");
  });

  it("keeps the headline's speaker when the lead names someone else", () => {
    const { statement } = read(page.replace("Pieter Aalders", "Marta Verbeek"));
    expect(statement.speaker).toBe("Minister Aalders");
  });

  it('reads the delegation from "will work to" and "will remain a partner"', () => {
    // As the text names it.
    expect(read(page).statement.delegation).toBe("Kingdom of the Netherlands");
    const partner = page.replace(
      "The Kingdom of the Netherlands will work to protect civic space in this Council.",
      "Ireland will remain a reliable partner of this Council.",
    );
    expect(read(partner).statement.delegation).toBe("Ireland");
    const threat = page.replace(
      "The Kingdom of the Netherlands will work to protect civic space in this Council.",
      "Russia will remain a threat to its neighbours.",
    );
    expect(read(threat).statement.delegation).toBeUndefined();
  });
});

describe("a breadcrumb from the home page", () => {
  it("is navigation however long the page's own title at its end", () => {
    const crumbs =
      "Top > Foreign Policy > Japan and the United Nations > The 64th Session of the United Nations General Assembly > Address by Prime Minister Hirano at the Sixty-fourth Session of the General Assembly of the United Nations";
    const result = read(
      [crumbs, "", "Mr. President,", "", "Japan will continue to support the Organization."].join("\n"),
    );
    expect(crumbs.length).toBeGreaterThan(200);
    expect(result.explanation?.dropped.find((line) => line.text === crumbs)?.reason).toBe("breadcrumb");
    expect(result.statement.title).toBeUndefined();
  });
});

describe("a GOV.UK speech page", () => {
  const page = [
    "UK Statement on Freedom of Assembly",
    "",
    "Harriet Ashworth-Lyle",
    "",
    "Thank you, Mr President,",
    "",
    "We welcome the report and its focus on peaceful protest.",
    "",
    "Thank you.",
    "",
    "Published 18 June 2025",
    "Last updated 24 June 2025 + show all updates",
    "  1. We've added a note that this statement is not verbatim.",
    "",
    "  2. First published.",
  ].join("\n");

  it("reads a bare name just above the statement as the speaker", () => {
    expect(read(page).statement.speaker).toBe("Harriet Ashworth-Lyle");
  });

  it("does not read a short title or a meeting there as a name", () => {
    for (const line of ["Closing Remarks", "Human Rights Council", "Geneva Office", "Ireland"])
      expect(read(page.replace("Harriet Ashworth-Lyle", line)).statement.speaker).toBeUndefined();
  });

  it("drops the page's list of updates after the text", () => {
    const body = texts(read(page).statement).join("\n");
    expect(body).not.toContain("We've added a note");
    expect(body).not.toContain("First published");
    expect(body).toContain("peaceful protest");
  });
});

describe("a mission's Permanent Council statement page", () => {
  const page = [
    "Response to the Report of the Head of the OSCE Mission to Moldova, Ambassador Erik Lind",
    "",
    "Delegation nameplate at the Permanent Council table in the Hofburg, Vienna, March 3, 2016. (USOSCE/Anna Brill)",
    "",
    "As delivered by Deputy Chief of Mission Paul Ortega",
    "to the Permanent Council, Vienna",
    "May 16, 2024",
    "",
    "Thank you, Mr. Chair.",
    "",
    "We welcome Ambassador Lind back to the Council and thank him for his report.",
  ].join("\n");

  it('reads "Response to …" as the title, drops a caption ending on a slash credit, and takes the city closing the meeting line', () => {
    const result = read(page);
    expect(result.statement.title).toBe(
      "Response to the Report of the Head of the OSCE Mission to Moldova, Ambassador Erik Lind",
    );
    expect(
      result.explanation?.dropped.find((line) => line.text.endsWith("(USOSCE/Anna Brill)"))?.reason,
    ).toBe("photo caption");
    expect(result.statement.venue).toBe("Vienna");
    expect(result.statement.meeting).toBe("to the Permanent Council");
  });

  it("takes no city from a browser title's parts or a mission's seat", () => {
    const title = "UNGA 1C79 - Conventional Weapons - PR to the Conference on Disarmament, Geneva";
    const { statement } = read(
      [title, "", "Thank you Chair,", "", "We attach great value to the treaty."].join("\n"),
    );
    expect(statement.venue).toBeUndefined();
  });
});

describe("statements in Portuguese, Italian and German", () => {
  it("are tagged with their language", () => {
    const pt =
      "Portugal continuará a trabalhar com todos os membros deste Conselho pela abolição da pena de morte e pelo direito à educação das raparigas.";
    const it =
      "L'Italia continuerà a sostenere l'azione della Corte, che è la migliore forma di prevenzione, e sono convinto che anche questo Consiglio lo farà.";
    const de =
      "Österreich setzt sich für die Abschaffung der Todesstrafe ein und wir werden diese Arbeit mit allen Mitgliedern des Rates fortsetzen, die sich dafür einsetzen.";
    expect(read(`Senhor Presidente,\n\n${pt}\n`).statement.language).toBe("pt");
    expect(read(`Signor Presidente,\n\n${it}\n`).statement.language).toBe("it");
    expect(read(`Herr Präsident,\n\n${de}\n`).statement.language).toBe("de");
  });

  it("name their speaker in an Italian or German title line", () => {
    const italian = read(
      "Intervento del Sottosegretario Marco Ferri al Consiglio di Sicurezza delle Nazioni Unite\n\nSignor Presidente,\n\nL'Italia si associa all'intervento dell'Unione Europea.\n",
    );
    expect(italian.statement.speaker).toBe("Sottosegretario Marco Ferri");
    const german = read(
      "Rede von Staatssekretärin Anna Huber anlässlich der 22. Sitzung des Menschenrechtsrats (nur Englisch)\n\nMr. President,\n\nAustria remains committed to the universality of human rights.\n",
    );
    expect(german.statement.speaker).toBe("Staatssekretärin Anna Huber");
    expect(german.statement.title).toBe(
      "Rede von Staatssekretärin Anna Huber anlässlich der 22. Sitzung des Menschenrechtsrats",
    );
    const officeOnly = read(
      "Intervento del Ministro degli Esteri al Consiglio di Sicurezza\n\nSignor Presidente,\n\nL'Italia si associa all'intervento dell'Unione Europea.\n",
    );
    expect(officeOnly.statement.speaker).toBeUndefined();
  });

  it("keep the text's own title and speaker over the site's headline in another language", () => {
    const { statement } = read(
      [
        "Discurso do Representante Permanente, Embaixador Rui Costa, no Conselho de Segurança (texto em inglês)",
        "Statement by the Permanent Representative, Ambassador Rui Costa, on the situation in Haiti",
        "",
        "Mister President,",
        "",
        "Brazil follows the situation in Haiti with deep concern.",
      ].join("\n"),
    );
    expect(statement.title).toBe(
      "Statement by the Permanent Representative, Ambassador Rui Costa, on the situation in Haiti",
    );
  });
});

describe("page furniture in other languages and shapes", () => {
  it("drops a Portuguese skip link, a link to the full text and a breadcrumb pasted with its arrows' alt text", () => {
    const result = read(
      [
        "Saltar para conteúdo",
        "Home arrow News arrow Statement by the Deputy Minister at the Human Rights Council",
        "Statement by the Deputy Minister at the Human Rights Council",
        "",
        "Mr. President,",
        "",
        "Greece remains committed to the work of this Council.",
        "",
        "Read the full statement",
      ].join("\n"),
    );
    const reasons = Object.fromEntries(
      result.explanation?.dropped.map((line) => [line.text, line.reason]) ?? [],
    );
    expect(reasons["Saltar para conteúdo"]).toBe("navigation");
    expect(reasons["Read the full statement"]).toBe("navigation");
    expect(
      reasons["Home arrow News arrow Statement by the Deputy Minister at the Human Rights Council"],
    ).toBe("breadcrumb");
    expect(result.statement.title).toBe("Statement by the Deputy Minister at the Human Rights Council");
  });

  it("takes a press-release label off a title", () => {
    const { statement } = read(
      "PRESS RELEASE BY THE MINISTRY FOR FOREIGN AFFAIRS: Statement by Minister Karl Borg at the Security Council\n\nMr President\n\nMalta thanks the Secretary-General for his report.\n",
    );
    expect(statement.title).toBe("Statement by Minister Karl Borg at the Security Council");
  });

  it("reads the place of a dateline below a title that gave the date already", () => {
    const { statement } = read(
      "Statement by Dr. Anna Conti at the Executive Committee, 05.10.2021\n\nGeneva, 5 October 2021\n\nMr. Chairperson,\n\nThe Holy See thanks the High Commissioner.\n",
    );
    expect(statement.venue).toBe("Geneva");
  });
});

describe("salutations and speakers from further afield", () => {
  it("reads a bulleted address standing alone and one ending in an exclamation mark as salutations", () => {
    const { statement } = read(
      "  • Madam President!\n\nIt is an honour to stand at this rostrum.\n\nDear Mr. Chairman!\n\nCambodia calls for dialogue.\n",
    );
    expect(roles(statement)).toEqual(["salutation", "body", "salutation", "body"]);
  });

  it("reads royal, Cambodian and Pacific honorifics", () => {
    const speaker = (line: string) =>
      read(`${line}\n\nMr. President,\n\nWe thank you for your leadership.\n`).statement.speaker;
    expect(speaker("Remarks by His Majesty King Hashem II")).toBe("His Majesty King Hashem II");
    expect(
      speaker(
        "Remarks By Samdech Moha Bovor Thipadei SOK VEASNA Prime Minister of the Kingdom of Cambodia At the 80th Session",
      ),
    ).toBe("Samdech Moha Bovor Thipadei SOK VEASNA");
  });
});

describe("an old mission site", () => {
  const page = [
    "Tuesday, 12 March 2024",
    "greek english",
    "Permanent Mission of Greece to the UN in Geneva",
    "",
    "Intervention by the Deputy Minister of Foreign Affairs, Mr. Nikos Pappas, at the 37th Session of the Human Rights Council (Geneva, 27.02.2018)",
    "",
    "Tuesday, 27 February 2018",
    "",
    '"Mr. President,',
    "",
    "Greece has lived the refugee crisis on its own islands.",
    "",
    'Thank you."',
  ].join("\n");

  it("reads the statement's date, not the site's clock above its banner, and the place in the title's brackets", () => {
    const { statement } = read(page);
    expect(statement.date?.start).toBe("2018-02-27");
    expect(statement.venue).toBe("Geneva");
  });

  it("reads the name after the office in a title, and a salutation and closing inside a stray pair of quotes", () => {
    const result = read(page);
    expect(result.statement.speaker).toBe("Mr. Nikos Pappas");
    expect(roles(result.statement)).toEqual(["salutation", "body", "closing"]);
    expect(result.explanation?.dropped.find((line) => line.text === "greek english")?.reason).toBe(
      "navigation",
    );
  });
});

describe("the delegation in the statement's own language", () => {
  it("is a country named in Italian, Portuguese, German or French as the subject of a delegation's verb", () => {
    const delegation = (text: string) => read(`Signor Presidente,\n\n${text}\n`).statement.delegation;
    expect(delegation("L'Italia si associa all'intervento dell'Unione Europea.")).toBe("Italia");
    expect(delegation("É com essa convicção que Portugal continuará a trabalhar com todos.")).toBe(
      "Portugal",
    );
    expect(delegation("Österreich unterstützt die Arbeit des Rates.")).toBe("Österreich");
    expect(delegation("Enfin, la Belgique poursuivra son combat pour l'abolition de la peine de mort.")).toBe(
      "Belgique",
    );
  });

  it("is not a country the statement only speaks about", () => {
    const delegation = (text: string) => read(`Signor Presidente,\n\n${text}\n`).statement.delegation;
    expect(
      delegation("La situazione in Siria resta drammatica e la Libia attraversa una crisi."),
    ).toBeUndefined();
  });
});

describe("a Spanish ministry's press page", () => {
  it("reads the speaker from the title, and the city and date from the lead and stamp lines", () => {
    const { statement } = read(
      [
        "Intervención del canciller Tomás Ruiz Ortega en el debate general de la Asamblea General",
        "El canciller expuso ante la Asamblea la posición del país sobre migración y desarme, en Nueva York.",
        "Secretaría de Relaciones Exteriores | 27 de septiembre de 2018",
        "",
        "Señor Presidente,",
        "",
        "Vengo a esta tribuna en nombre de un pueblo que ha hecho del derecho internacional su defensa.",
        "",
        "Muchas gracias.",
        "",
        "La legalidad, veracidad y la calidad de la información es estricta responsabilidad de la dependencia.",
      ].join("\n"),
    );
    expect(statement.speaker).toBe("canciller Tomás Ruiz Ortega");
    expect(statement.venue).toBe("Nueva York");
    expect(statement.date?.start).toBe("2018-09-27");
    expect(texts(statement).join("\n")).not.toContain("El canciller expuso");
    expect(texts(statement).join("\n")).not.toContain("La legalidad");
  });
});

describe("addresses, closings and markers in more languages", () => {
  it("reads Italian, Portuguese and German addresses and thanks, and a French address with its body", () => {
    const { statement } = read(
      [
        "Monsieur le Président du Conseil des droits de l’homme,",
        "",
        "Signor Presidente, Eccellenze,",
        "",
        "L'Italia si associa all'intervento dell'Unione Europea.",
        "",
        "My friends,",
        "",
        "Senhor Presidente,",
        "",
        "Portugal continuará a trabalhar com todos.",
        "",
        "Grazie, Signor Presidente.",
      ].join("\n"),
    );
    expect(roles(statement)).toEqual([
      "salutation",
      "salutation",
      "body",
      "salutation",
      "salutation",
      "body",
      "closing",
    ]);
    for (const closing of [
      "Je vous remercie de votre aimable attention.",
      "Obrigado pela vossa atenção.",
      "Vielen Dank für Ihre Aufmerksamkeit.",
    ])
      expect(roles(read(`Mr. President,\n\nWe thank you.\n\n${closing}\n`).statement).at(-1)).toBe("closing");
  });

  it("reads the Italian and German delivery markers", () => {
    const italian = read(
      "(fa fede solo il testo effettivamente pronunciato)\n\nSignor Presidente,\n\nL'Italia ringrazia il Segretario Generale.\n",
    );
    expect(italian.statement.delivery).toBe("Fa fede solo il testo effettivamente pronunciato");
    const german = read("Es gilt das gesprochene Wort.\n\nHerr Präsident,\n\nÖsterreich dankt dem Rat.\n");
    expect(german.statement.delivery).toBe("Es gilt das gesprochene Wort");
  });
});

describe("a royal court's and a foreign ministry's pages", () => {
  it("reads a city line behind the site's flag code", () => {
    const { statement } = read(
      "Remarks by His Majesty King Hashem II\n\nUSNew York\n20 September 2016\n\nMr President,\n\nThank you for this opportunity.\n",
    );
    expect(statement.venue).toBe("New York");
  });

  it("reads an office of a country followed by a name as the speaker", () => {
    const { statement } = read(
      "Statement of the Minister of Foreign Affairs of Uzbekistan Davron Ismoilov at the 30th meeting of the OSCE Ministerial Council\n\nDear Mr. Chairman!\n\nUzbekistan thanks the Chairmanship.\n",
    );
    expect(statement.speaker).toBe("Minister of Foreign Affairs of Uzbekistan Davron Ismoilov");
  });
});

describe("shapes from the tenth set of real pages", () => {
  it("takes the city after a building in a dateline, and the city of a capitals cover line", () => {
    expect(
      read(
        "Statement by the Minister\n\nHotel Westin, Zagreb, 24 October 2016\n\nHonourable Chair,\n\nWe thank you.\n",
      ).statement.venue,
    ).toBe("Zagreb");
    const cover = read(
      [
        "— 24th September 2019",
        "",
        "STATEMENT DELIVERED BY HIS EXCELLENCY MUSA BELLO, PRESIDENT OF NIGERIA AT THE GENERAL DEBATE, IN NEW YORK, ON TUESDAY, 24 SEPTEMBER 2019",
        "",
        "Mr. President,",
        "",
        "Nigeria congratulates you on your election.",
      ].join("\n"),
    );
    expect(cover.statement.venue).toBe("NEW YORK");
    const office = read(
      "STATEMENT BY H.E. MS JANE DOE PERMANENT REPRESENTATIVE TO THE CONFERENCE ON DISARMAMENT IN GENEVA\n\nMr. President,\n\nAustralia welcomes the report.\n",
    );
    expect(office.statement.venue).toBeUndefined();
  });

  it("drops a news site's ticker of dated headlines", () => {
    const ticker = [
      "24th September 2019 - Flood: farmers count losses",
      "24th September 2019 - Airport seizure reported",
      "24th September 2019 - Union threatens strike",
    ];
    const result = read(
      [...ticker, "", "Statement by the President", "", "Mr. President,", "", "We thank you."].join("\n"),
    );
    for (const line of ticker)
      expect(result.explanation?.dropped.find((each) => each.text === line)?.reason).toBe("navigation");
  });

  it('reads "Greetings by …" as a title with its speaker, and "Dear compatriots," and French addresses without commas as salutations', () => {
    const { statement } = read(
      "Greetings by H.E. Mr. Tamir Bold, Minister for Foreign Affairs, on the 60th Anniversary\n\nDear compatriots,\n\nExcellences Mesdames et Messieurs\n\nSixty years ago our country joined the Organization.\n",
    );
    expect(statement.title).toBe(
      "Greetings by H.E. Mr. Tamir Bold, Minister for Foreign Affairs, on the 60th Anniversary",
    );
    expect(statement.speaker).toBe("H.E. Mr. Tamir Bold");
    expect(roles(statement)).toEqual(["salutation", "salutation", "body"]);
  });

  it("reads a Ukrainian title, its delegation and its date, without the note on the original language", () => {
    const { statement } = read(
      [
        "Заява делегації України щодо доповіді Головного спостерігача (мовою оригіналу)",
        "",
        "Опубліковано 22 березня 2019 року о 10:15",
        "",
        "Виголошено 21 березня 2019 року на засіданні Постійної ради ОБСЄ",
        "",
        "Mr. Chairperson,",
        "",
        "We thank the Chief Monitor for his report.",
      ].join("\n"),
    );
    expect(statement.title).toBe("Заява делегації України щодо доповіді Головного спостерігача");
    expect(statement.delegation).toBe("Ukraine");
    expect(statement.date?.start).toBe("2019-03-21");
  });
});

describe("a headline printed twice", () => {
  it("is the title over a title-like line in another script, but not a mission's name over a title in its own", () => {
    const royal = read(
      [
        "At the Plenary Session of the 71st General Assembly",
        "",
        "Remarks by His Majesty King Hashem II",
        "",
        "At the Plenary Session of the 71st General Assembly",
        "",
        "كلمة جلالة الملك في افتتاح أعمال الدورة 71 للجمعية العامة (كاملة) | RHCJO",
        "",
        "Mr President,",
        "",
        "It is a privilege to address this Assembly once more.",
      ].join("\n"),
    );
    expect(royal.statement.title).toBe("At the Plenary Session of the 71st General Assembly");
    const mission = read(
      [
        "Постоянное представительство Российской Федерации при ООН",
        "",
        "Постоянное представительство Российской Федерации при ООН",
        "",
        "Выступление заместителя Постоянного представителя на заседании Совета Безопасности",
        "",
        "Г-н Председатель.",
        "",
        "Россия поддерживает работу Совета.",
      ].join("\n"),
    );
    expect(mission.statement.title).toBe(
      "Выступление заместителя Постоянного представителя на заседании Совета Безопасности",
    );
  });
});

describe("shapes from the eleventh set of real pages", () => {
  it("takes a city after a dash off a title with its date, and reads Portuguese and French places", () => {
    const brazil = read(
      "Discurso do Ministro Paulo Lemos na Reunião Ministerial - Nova York, 22 de setembro de 2025\n\nSenhor Presidente,\n\nO Brasil conhece de perto esse desafio.\n",
    );
    expect(brazil.statement.title).toBe("Discurso do Ministro Paulo Lemos na Reunião Ministerial");
    expect(brazil.statement.venue).toBe("Nova York");
    const place = read(
      "Discurso da Ministra\n\nNOVA IORQUE, EUA\n\nSenhor Presidente,\n\nMoçambique agradece.\n",
    );
    expect(place.statement.venue).toBe("NOVA IORQUE");
    const french = read(
      "Discours du Ministre Ahmed Attaf à New York\n\nMonsieur le Président,\n\nL'Algérie remercie le Conseil.\n",
    );
    expect(french.statement.venue).toBe("New York");
  });

  it("reads a French weekday as no place, and setiembre as September", () => {
    const weekday = read(
      "Intervention du Ministre\n\nJeudi, 20 Avril 2017\n\nMonsieur le Président,\n\nNous remercions le Conseil.\n",
    );
    expect(weekday.statement.venue).toBeUndefined();
    expect(weekday.statement.date?.start).toBe("2017-04-20");
    const uruguay = read(
      "Discurso del Presidente\n\nMontevideo, 24 de setiembre de 2024\n\nSeñor Presidente,\n\nUruguay agradece.\n",
    );
    expect(uruguay.statement.date?.start).toBe("2024-09-24");
  });

  it("drops a Drupal error message above the page, and reads a country's verb far into a Portuguese text", () => {
    const fiji = read(
      "Error message\n\nUser warning: The following module is missing from the file system: file_entity. See the documentation page. in _drupal_trigger_error_with_delayed_logging() (line 1143 of /includes/bootstrap.inc).\n\nStatement by the Minister of Foreign Affairs of Fiji\n\nMr President,\n\nFiji thanks you.\n",
    );
    expect(fiji.statement.title).toBe("Statement by the Minister of Foreign Affairs of Fiji");
    const paragraphs = Array.from(
      { length: 12 },
      (_, i) => `Este é o parágrafo número ${i + 1} do discurso.`,
    );
    const late = read(
      [
        "Senhor Presidente,",
        ...paragraphs,
        "O Brasil continuará a defender o diálogo e o multilateralismo.",
      ].join("\n\n"),
    );
    expect(late.statement.delegation).toBe("Brasil");
  });
});

describe("bulleted salutation blocks and a place inside a title", () => {
  it("reads a run of bulleted addresses as salutations, with Portuguese ones naming their body", () => {
    const { statement } = read(
      [
        "- Senhor Presidente do Conselho de Segurança;",
        "- Senhor Secretário-Geral das Nações Unidas;",
        "- Excelências;",
        "- Minhas Senhoras e Meus Senhores.",
        "",
        "Moçambique agradece a convocação deste debate.",
      ].join("\n"),
    );
    expect(roles(statement)).toEqual(["salutation", "salutation", "salutation", "salutation", "body"]);
    const mixed = read("- Senhor Presidente;\n- the first point we make\n\nMoçambique agradece.\n");
    expect(mixed.statement.body[0]?.type).toBe("list");
  });

  it("takes a city named inside a title, but not a mission's seat", () => {
    const french = read(
      "Discours du ministre Benali à New York sur la candidature au Conseil des droits de l’homme\n\nLadies and gentlemen,\n\nWe thank you for joining us.\n",
    );
    expect(french.statement.venue).toBe("New York");
    const seat = read(
      "Statement by the Permanent Mission in Geneva on the situation in Yemen\n\nMr. President,\n\nWe thank the Special Envoy.\n",
    );
    expect(seat.statement.venue).toBeUndefined();
    const frenchSeat = read(
      "Déclaration de la Mission permanente à Genève sur la situation au Yémen\n\nMonsieur le Président,\n\nNous remercions l’Envoyé spécial.\n",
    );
    expect(frenchSeat.statement.venue).toBeUndefined();
  });
});

describe("the twelfth set's shapes (fixtures 321–346)", () => {
  it("reads “Press release <date>” as the page's date, a release number off the title, and “New-York”", () => {
    const { statement } = read(
      [
        "Press release 28 September 2018",
        "",
        "No:318/18, Statement by H.E. Mr. Aydin Karimov, Minister of Foreign Affairs of the Republic of Azerbaijan at the Ministerial Meeting",
        "",
        "Statement by H.E. Mr. Aydin Karimov",
        "September 27, 2018",
        "New-York, USA",
        "",
        "Mr. Chairman,",
        "",
        "We thank the Chair for convening us today.",
      ].join("\n"),
    );
    expect(statement.title).toMatch(/^Statement by H\.E\. Mr\. Aydin Karimov/);
    expect(statement.date?.start).toBe("2018-09-27");
    expect(statement.venue).toBe("New-York");
  });

  it("reads the delegation from a French or Spanish office line, and the body presided over", () => {
    const french = read(
      [
        "Débat public sur les femmes, la paix et la sécurité",
        "",
        "Intervention de S.E. Monsieur Paul Weber,",
        "",
        "Ambassadeur, Représentant permanent du Grand-Duché de Luxembourg auprès des Nations Unies",
        "",
        "Monsieur le Président,",
        "",
        "Je remercie la présidence pour ce débat.",
      ].join("\n"),
    );
    expect(french.statement.delegation).toBe("Luxembourg");
    const spanish = read(
      "Discurso del Presidente de la República de Guatemala en el Debate General\n\nSeñor Presidente,\n\nFelicito a la Presidenta saliente.\n",
    );
    expect(spanish.statement.delegation).toBe("Guatemala");
  });

  it("reads Spanish greetings in the plural, with the body presided over, and “hermanas y hermanos”", () => {
    const { statement } = read(
      [
        "Señor Presidente,",
        "Señores Jefes de Estado y de Gobierno,",
        "Señores Ministros y Secretarios de Relaciones Exteriores,",
        "Señores Delegados, señor Secretario General, amigos todos:",
        "",
        "Felicito a la señora Presidenta saliente por su conducción.",
        "",
        "Hermano Presidente de la Asamblea General, hermano Secretario General de las Naciones Unidas; hermanas y hermanos jefes de Estado y de Gobierno.",
        "",
        "Hermanas y hermanos, cada año volvemos a este salón con las mismas preocupaciones.",
      ].join("\n"),
    );
    expect(roles(statement)).toEqual([
      "salutation",
      "salutation",
      "salutation",
      "salutation",
      "body",
      "salutation",
      "body",
    ]);
  });

  it("reads a page's speaker field, its name on the next line, and “Desde Bolivia proponemos” as the delegation", () => {
    const { statement } = read(
      [
        "Intervención en el Período de Sesiones de la Asamblea General",
        "",
        "Fecha: ",
        "Martes, 24 Septiembre 2019 - 4:30pm",
        "Nombre de la Persona: ",
        "Remigio Choque Quispe",
        "",
        "Señor Presidente,",
        "",
        "Traigo el saludo de mi pueblo. Desde Bolivia proponemos una casa común de los pueblos.",
      ].join("\n"),
    );
    expect(statement.speaker).toBe("Remigio Choque Quispe");
    expect(statement.delegation).toBe("Bolivia");
    expect(
      read("Speaker: Ana Ruiz Peña\n\nMr. President,\n\nWe welcome the report.\n").statement.speaker,
    ).toBe("Ana Ruiz Peña");
  });

  it("reads a date glued to the section above it in capitals", () => {
    const { statement } = read(
      "Relaciones MultilateralesSEPTIEMBRE 27, 2024 05:10 PM\n\nDiscurso del canciller Tomás Vega en la Asamblea General\n\nSeñor Presidente,\n\nCosta Rica le felicita.\n",
    );
    expect(statement.date?.start).toBe("2024-09-27");
  });

  it("starts after a Spanish full-text cue naming the speaker, and ends at the share line after the closing", () => {
    const { statement } = read(
      [
        "NNUU: Paraguay reafirma ante la Asamblea General su compromiso con el derecho internacional",
        "La posición paraguaya fue expuesta hoy por el canciller nacional en Nueva York.",
        "A continuación transcribimos el discurso pronunciado por el canciller Gustavo Ibarra Leiva:",
        "Señor Presidente:",
        "El Paraguay fue uno de los Estados fundadores de esta Organización y lo recuerda hoy.",
        "Muchas gracias.",
        "Nueva York, 25 de setiembre de 2019",
        "Compartir esta noticia",
        "La Comisión Mixta aprobó un nuevo programa de proyectos bilaterales en Asunción.",
        "Ver MásEl embajador presentó sus cartas credenciales en Seúl.",
      ].join("\n"),
    );
    expect(statement.speaker).toBe("canciller Gustavo Ibarra Leiva");
    expect(statement.title).not.toMatch(/^A continuación/);
    expect(statement.delegation).toBe("Paraguay");
    expect(roles(statement)).toEqual(["salutation", "body", "closing"]);
  });

  it("keeps an uncredited caption and the theme line above the address out of the text, and reads the title's city", () => {
    const { statement } = read(
      [
        "Policy Statement – Prime Minister of Jamaica The Most Honourable Colin Barrett, ON, MP at the General Debate of the United Nations General Assembly New York, 27th September 2018",
        "",
        "The Most Hon Colin Barrett, Prime Minister speaking at the 73rd United Nations General Assembly, UNGA in New York.",
        "",
        "Theme: “Making the United Nations relevant to all people: global leadership and shared responsibilities for peaceful societies”",
        "",
        "Mr. President,",
        "",
        "I offer my warmest congratulations on your election.",
      ].join("\n"),
    );
    expect(statement.venue).toBe("New York");
    expect(statement.speaker).toBe("The Most Honourable Colin Barrett");
    expect(roles(statement)).toEqual(["salutation", "body"]);
  });

  it("prefers a title's dateline in capitals to a blog's posting date above it", () => {
    const { statement } = read(
      [
        "Saturday, September 29, 2018",
        "",
        "STATEMENT BY HIS EXCELLENCY Dr. JOHN K. MWAMBA (MP), MINISTER FOR FOREIGN AFFAIRS OF THE UNITED REPUBLIC OF TANZANIA, AT THE GENERAL DEBATE, NEW YORK, 28 SEPTEMBER 2018",
        "",
        "Madam President;",
        "",
        "I wish to congratulate you on your election.",
      ].join("\n"),
    );
    expect(statement.date?.start).toBe("2018-09-28");
    expect(statement.venue).toBe("New York");
  });

  it("reads the place after 於 in a Japanese title's aside, and a consul-general as the speaker", () => {
    const { statement } = read(
      "追悼の集いにおける田中総領事挨拶（平成28年4月23日　於：ポートランド市庁舎）\n\n　ご列席の皆様\n\n　本日は多くの方にお集まりいただき、心より御礼申し上げます。\n",
    );
    expect(statement.venue).toBe("ポートランド");
    expect(statement.speaker).toBe("田中総領事");
    const room = read(
      "会見における冒頭発言（令和元年11月20日　於:本省会見室）\n\n　本日は御礼申し上げます。\n",
    );
    expect(room.statement.venue).toBeUndefined();
  });

  it("takes the date of a photo caption when the page gives no other", () => {
    const { statement } = read(
      [
        "Director General's Statement to the General Conference",
        "",
        "Vienna, Austria",
        "",
        "Director General Jan Horak addresses delegates at the General Conference, Vienna, Austria, 18 September 2017. (Photo: K. Berger/IAEA)",
        "",
        "Madam President,",
        "",
        "I warmly welcome all delegates.",
        "",
        "Thank you.",
      ].join("\n"),
    );
    expect(statement.date?.start).toBe("2017-09-18");
  });

  it("drops a news theme's article links and comment form after the closing", () => {
    const { statement } = read(
      "Mr. President,\n\nGeorgia will vote in favour of the draft resolution.\n\nI thank you.\n\nPrevious articleWorld leaders gather for a debate\nNext articleHumanitarian corridors explained\n\nPlease enter your comment!\nPlease enter your name here\n",
    );
    expect(roles(statement)).toEqual(["salutation", "body", "closing"]);
  });

  it("reads an office of a country and the name after it, and a head of state's office before a name", () => {
    const speaker = (title: string) =>
      read(`${title}\n\nMr. President,\n\nWe welcome you.\n`).statement.speaker;
    expect(
      speaker("Speech by the President of the Kyrgyz Republic Almaz Toktogulov at the General Debate"),
    ).toBe("President of the Kyrgyz Republic Almaz Toktogulov");
    expect(speaker("Speech of the President Ivan Petkov before the United Nations General Assembly")).toBe(
      "President Ivan Petkov",
    );
  });

  it("reads “Distinguished Mr. President,” as a greeting", () => {
    const { statement } = read("Distinguished Mr. President,\n\nAllow me to congratulate you.\n");
    expect(roles(statement)).toEqual(["salutation", "body"]);
  });
});

describe("the thirteenth set's shapes (fixtures 351–376)", () => {
  it("takes the date line under the headline over a blog's posting date above it", () => {
    const { statement } = read(
      "Thursday, August 2, 2018\n\nSecurity Council: The situation in Afghanistan\n\nSTATEMENT BY H.E. Farid Karimi\nAmbassador, Permanent Representative of the Islamic Republic of Afghanistan to the United Nations\n\nJune 26, 2018\n\nMr. President,\n\nAllow me first to congratulate your delegation.\n",
    );
    expect(statement.date?.start).toBe("2018-06-26");
  });

  it("reads a page's “Date:” field with a two-digit year and its “Lieu:” field", () => {
    const { statement } = read(
      "Discours de son excellence monsieur Paul Mba à l'Assemblée générale\n\nDate: 29/09/10\n\nLieu: New York\n\nMonsieur le Président,\n\nJe vous félicite.\n",
    );
    expect(statement.date?.start).toBe("2010-09-29");
    expect(statement.venue).toBe("New York");
    const ambiguous = read("Discours\n\nDate: 05/09/10\n\nMonsieur le Président,\n\nJe vous félicite.\n");
    expect(ambiguous.statement.date).toBeUndefined();
  });

  it("takes a post's date off its headline and reads the header line's place after the date", () => {
    const { statement } = read(
      [
        "21 October 2014 – Statement on Settlement Activity in Occupied East Jerusalem",
        "",
        "Statement by H.E. Ambassador Dr. Karim Nasser, Permanent Observer of the State of Palestine to the United Nations, before the Security Council, 21 October 2014, New York:",
        "",
        "Madame President,",
        "",
        "At the outset, I congratulate Argentina on its Presidency.",
      ].join("\n"),
    );
    expect(statement.title).toBe("Statement on Settlement Activity in Occupied East Jerusalem");
    expect(statement.venue).toBe("New York");
    expect(statement.delegation).toBe("State of Palestine");
  });

  it("drops a document site's page markers and upload stamp, and reads a Minister of State's country", () => {
    const { statement } = read(
      [
        "Statement by Mr. Ion Rusu",
        "",
        "Post on 14-Jul-2020",
        "",
        "Page 1: REPUBLIC OF MOLDOVA - United Nations",
        "",
        "Mr. President,",
        "",
        "We congratulate you on your election.",
        "",
        "Page 2: REPUBLIC OF MOLDOVA - United Nations",
        "",
        "We support the reform of the Council.",
      ].join("\n"),
    );
    expect(texts(statement).some((text) => text.startsWith("Page "))).toBe(false);
    expect(statement.venue).toBeUndefined();
    const monaco = read(
      "Statement by H.E.Mr. Louis Rey, Minister of State of the Principality of Monaco, at the General Debate\n\nMr. President,\n\nAllow me to congratulate you.\n",
    );
    expect(monaco.statement.delegation).toBe("Monaco");
  });

  it("starts after “Please find below the integral text …”, and a lead naming another speaker names no delegation", () => {
    const { statement } = read(
      [
        "Address of President Stojanov at the annual reception for the diplomatic corps",
        "",
        "As Dean of the diplomatic corps, the Ambassador of the Republic of Albania, Arben Hoxha, also addressed the reception.",
        "",
        "Please find below the integral text of the address of President Stojanov.",
        "",
        "Your Excellencies,",
        "",
        "It is a pleasure to welcome you.",
      ].join("\n"),
    );
    expect(statement.delegation).toBeUndefined();
    expect(roles(statement)).toEqual(["salutation", "body"]);
  });

  it("reads Spanish “Palabras …” titles, “Distinguidos miembros de este Consejo,” and the speaker's own office", () => {
    const { statement } = read(
      "Palabras para la reunión del Consejo de Seguridad\n\nDistinguidos miembros de este Consejo,\n\nComo Presidente de la República de Panamá, reitero el apoyo de mi gobierno.\n",
    );
    expect(statement.title).toBe("Palabras para la reunión del Consejo de Seguridad");
    expect(roles(statement)).toEqual(["salutation", "body"]);
    expect(statement.delegation).toBe("Panama");
  });

  it("reads a byline with its date as no place, and “la délégation haïtienne” of a text naming Haïti", () => {
    const byline = read(
      "Discours de Jean Kabila Mbuyi à l'Assemblée générale de l'ONU\n\nJean Kabila Mbuyi - 25 septembre 2013\n\nMonsieur le Président,\n\nPermettez-moi de vous féliciter.\n",
    );
    expect(byline.statement.venue).toBeUndefined();
    expect(byline.statement.date?.start).toBe("2013-09-25");
    const haiti = read(
      [
        "ONU : le discours intégral du Premier ministre",
        "New York 23 septembre 2022 ((rezonodwes.com))–",
        "Monsieur le président de l’assemblée générale, monsieur le secrétaire général, excellences, mesdames et messieurs les chefs d’État et de gouvernement, distingués délégués,",
        "Permettez-moi de vous adresser les félicitations de la délégation haïtienne.",
        "Haïti traverse une période difficile.",
      ].join("\n"),
    );
    expect(haiti.statement.venue).toBe("New York");
    expect(haiti.statement.date?.start).toBe("2022-09-23");
    expect(haiti.statement.delegation).toBe("Haiti");
    expect(roles(haiti.statement)).toEqual(["salutation", "body", "body"]);
  });

  it("takes a news agency's dateline off the text's first sentence", () => {
    const { statement } = read(
      [
        "3 October 2019",
        "Breaking News",
        "",
        "Full UNGA Address by President Banda: Youth Cannot Wait",
        "",
        "New York, USA, 24 September, 2019: Let us begin with the young people of this world.",
        "",
        "As we speak, millions of young people are leaving school.",
      ].join("\n"),
    );
    expect(statement.date?.start).toBe("2019-09-24");
    expect(statement.venue).toBe("New York");
    expect(statement.speaker).toBeUndefined();
    expect(texts(statement)[0]).toBe("Let us begin with the young people of this world.");
  });

  it("keeps a Japanese greeting of named guests whose last has no mark, as the salutation", () => {
    const { statement } = read(
      "追悼の集いにおける総領事挨拶（平成28年4月23日）\n\n　ウォーカー知事、ホールデン市長、オレゴンの友人の皆様\n\n　本日は多くの方にお集まりいただき、心より御礼申し上げます。\n",
    );
    expect(roles(statement)).toEqual(["salutation", "body"]);
    expect(texts(statement)[0]).toBe("ウォーカー知事、ホールデン市長、オレゴンの友人の皆様");
  });

  it("reads “Esteemed Excellencies,” as a greeting and “Please, check against delivery” as the marker", () => {
    const { statement } = read(
      "Statement by Mr. Marco Bianchi\n\nPlease, check against delivery\n\nMr. President,\n\nEsteemed Excellencies,\n\nWe welcome the report.\n",
    );
    expect(statement.delivery).toBe("Please, check against delivery");
    expect(roles(statement)).toEqual(["salutation", "salutation", "body"]);
  });
});

describe("the fourteenth set's shapes (fixtures 381–406)", () => {
  it("reads no place from the kind of page beside its date, and takes a glued “Back” and “REMARKS:” off titles", () => {
    const icrc = read(
      "Status of the Additional Protocols: ICRC statement to the United Nations\n\n22-10-2012 Statement\n\nMr. Chairman,\n\nThe ICRC welcomes this debate.\n",
    );
    expect(icrc.statement.venue).toBeUndefined();
    expect(icrc.statement.date?.start).toBe("2012-10-22");
    const back = read(
      "Back 129th Session of the Committee of Ministers\n\nHelsinki , \n\nMonsieur le Président,\n\nJe vous remercie.\n",
    );
    expect(back.statement.title).toBe("129th Session of the Committee of Ministers");
    expect(back.statement.venue).toBe("Helsinki");
    const remarks = read("REMARKS: PNG PM Statement to UNGA 78\n\nMr. President,\n\nWe congratulate you.\n");
    expect(remarks.statement.title).toBe("PNG PM Statement to UNGA 78");
  });

  it("reads “Your Excellency Mr. Chairman,”, “His Excellency, Mr. X, President of …;” and French greetings of majesties", () => {
    const english = read(
      "Your Excellency Mr. Chairman,\n\nHis Excellency, Mr. Marcus Hale, President of the General Assembly;\n\nWe congratulate you on your election.\n\nOur delegation will support your work.\n",
    );
    expect(roles(english.statement)).toEqual(["salutation", "salutation", "body", "body"]);
    const french = read(
      "Majestés, Altesses,\n\nExcellences, Chefs de délégation,\n\nNous saluons ce débat.\n\nJe vous remercie.\n",
    );
    expect(roles(french.statement)).toEqual(["salutation", "salutation", "body", "closing"]);
  });
});

describe("a long first sentence that names a body in passing", () => {
  it("starts the statement, and gives no delegation from a country it names", () => {
    const { statement } = read(
      [
        "Remarks By The Secretary-General At The Opening Of The Regular Meeting Of The Conference",
        "",
        "    Before I welcome you formally to this Regular Meeting of the Conference of Heads of Government, I ask that we remember the late Sir Arthur Bain, former Prime Minister of Saint Lucia, who passed away last week.",
        "",
        "    Sir Arthur sat in this Conference for eleven years.",
        "",
        "    Mr. Chairman, let me express my gratitude to the Government of Grenada for its welcome.",
      ].join("\n"),
    );
    expect(texts(statement)[0]).toMatch(/^Before I welcome you formally/);
    expect(statement.delegation).toBeUndefined();
  });
});

describe("the fifteenth set's shapes (fixtures 411–436)", () => {
  it("joins a hard-wrapped text with a blank line after every line, and keeps its paragraphs", () => {
    const wrapped = [
      "Remarks and Speeches",
      "12 March 2024",
      "",
      "Mr. President,",
      "",
      "On behalf of the government and people of Ruritania, allow me to congratulate you on your",
      "",
      "election to preside over this session. You may count on the full support of my",
      "",
      "delegation in the weeks ahead of us.",
      "",
      "Our islands are small, but the ocean around them is large, and we have looked after it for",
      "",
      "generations. We ask the Assembly to remember that the sea does not know any borders and",
      "",
      "that its care is a shared task for all of us here today.",
      "",
      "We also thank the Secretary-General for his steady work on the reform of the Council and",
      "",
      "his tireless defence of the Charter in difficult times.",
      "",
      "Thank you.",
    ].join("\n");
    const { statement } = read(wrapped);
    expect(roles(statement)).toEqual(["salutation", "body", "body", "body", "closing"]);
    expect(texts(statement)[1]).toBe(
      "On behalf of the government and people of Ruritania, allow me to congratulate you on your election to preside over this session. You may count on the full support of my delegation in the weeks ahead of us.",
    );
    expect(statement.title).toBeUndefined();
  });

  it("leaves one paragraph to a line, spaced by blank lines, as it is", () => {
    const { statement } = read(
      "Mr. President,\n\nWe welcome the report of the Secretary-General and thank him for presenting it today.\n\nThe situation in the region has grown worse since the Council last met on this file.\n\nWe call on all parties to return to the table without conditions and in good faith.\n\nThank you.\n",
    );
    expect(roles(statement)).toEqual(["salutation", "body", "body", "body", "closing"]);
  });

  it("dates a statement by a dateline that names a building, not by the page's clock above it", () => {
    const { statement } = read(
      "Ministerio de Relaciones Exteriores\nLunes, 25 Octubre 2021 09:12\n\nPalabras del Canciller de Ruritania en la ceremonia del Día de las Naciones Unidas\n\nPalacio Nacional de la Cultura de Ruritania, 24 de octubre de 2021\n\nEstimados amigos:\n\nNos reunimos hoy para celebrar a las Naciones Unidas.\n",
    );
    expect(statement.date?.start).toBe("2021-10-24");
    expect(statement.venue).toBeUndefined();
    const pt = read(
      "DISCURSO DO MINISTRO NA ABERTURA DO SEMINÁRIO\n\n9 de Junho de 2023\n\nAcademia Diplomática “Casa Azul”, aos 8 de Junho de 2023.\n\nMinhas Senhoras e meus Senhores;\nTodos os Protocolos observados.\n\nÉ uma honra acolher esta reunião.\n",
    );
    expect(pt.statement.date?.start).toBe("2023-06-08");
    expect(roles(pt.statement)).toEqual(["salutation", "salutation", "body"]);
  });

  it("gives a weekday and day with no year the page date's year, when the weekday agrees", () => {
    const cover = (day: string) =>
      read(
        `Statement for His Excellency Tomas Keke M.P.\n\n26 September 2024\n\nGeneral Assembly 79th Session\n\n${day}, 11am\n\nMr. President,\n\nWe welcome you.\n`,
      ).statement;
    expect(cover("Wednesday 25 September").date?.start).toBe("2024-09-25");
    // 25 September 2024 was a Wednesday, not a Thursday: the page's date stays.
    expect(cover("Thursday 25 September").date?.start).toBe("2024-09-26");
    expect(cover("Wednesday 25 September").speaker).toBe("His Excellency Tomas Keke M.P.");
  });

  it("ends a byline's name where the office or the occasion starts with an article", () => {
    const caps = read(
      "STATEMENT\nBY\nHIS EXCELLENCY TOMAS KEKE\nTHE\nPRESIDENT OF THE REPUBLIC OF RURITANIA\n\nMr. President,\n\nWe welcome you.\n",
    );
    expect(caps.statement.speaker).toBe("HIS EXCELLENCY TOMAS KEKE");
    const mixed = read(
      "Speech\n\nby NATO Secretary General Anna Lind at the Security Forum, Riga (Latvia)\n\nDear friends,\n\nWe meet in hard times.\n",
    );
    expect(mixed.statement.speaker).toBe("NATO Secretary General Anna Lind");
    const highness = read(
      "Statement by His Highness the Amir Sheikh Tamim bin Hamad\n\nMr. President,\n\nWe welcome you.\n",
    );
    expect(highness.statement.speaker).toBe("His Highness the Amir Sheikh Tamim bin Hamad");
  });

  it("names the speaker after an office and a comma, and takes “Remarks and Speeches” for the site's label", () => {
    const { statement } = read(
      "Remarks and Speeches\n\nRemarks of the WFP Executive Director, Maria Lopes\nfor World Food Day, 16 October 2012\nRome, Italy\n\nExcellencies, ladies and gentlemen,\n\nHunger is not a fate.\n",
    );
    expect(statement.speaker).toBe("Maria Lopes");
    expect(statement.title).toMatch(/^Remarks of the WFP Executive Director, Maria Lopes/);
  });

  it("reads the country spoken for from “En nombre del Estado de …” and ends on a motto as the closing", () => {
    const es = read(
      "Señor Presidente:\n\nEn nombre del Estado de Honduras agradecemos a los miembros del Consejo su trabajo.\n\nMuchas gracias.\n",
    );
    expect(es.statement.delegation).toBe("Honduras");
    const motto = read(
      "Mr. President,\n\nWe declare this meeting open.\n\nI thank you.\n\nFor God and My Country.\n",
    );
    expect(roles(motto.statement)).toEqual(["salutation", "body", "closing", "closing"]);
  });

  it("drops a transcript's stage direction and reads “As prepared” alone on a line as the marker", () => {
    const { statement } = read(
      "Speech by the Director-General\n\nAs prepared\n\nDear friends,\n\nLet us remember those we lost this year.\n\n[MOMENT OF SILENCE]\n\n(Applause)\n\nWe carry on their work, as prepared by the Secretariat in its report.\n",
    );
    expect(statement.delivery).toBe("As prepared");
    expect(texts(statement)).toEqual([
      "Dear friends,",
      "Let us remember those we lost this year.",
      "We carry on their work, as prepared by the Secretariat in its report.",
    ]);
  });

  it("reads a numbered line in capitals among numbered paragraphs as a heading, colon and all", () => {
    const { statement } = read(
      [
        "Mr. Chairperson,",
        "",
        "1. I welcome you all to this session of the Council, which meets at a difficult time for many of the countries we serve.",
        "2. Twelve months ago I asked the Organization to do more with less, and the results are now before you in the report.",
        "3. ON THE FOOD SITUATION:",
        "4. The number of people facing acute hunger has risen again this year, driven by conflict, climate and high prices.",
        "5. In response, we scaled up our emergency programmes in more than forty countries, working with our partners.",
        "",
        "Thank you.",
      ].join("\n"),
    );
    expect(roles(statement)).toContain("heading");
    const heading = statement.body.find((block) => block.type === "heading");
    expect(heading && texts({ ...statement, body: [heading] })[0]).toMatch(/ON THE FOOD SITUATION:$/);
  });

  it("takes a line ending on the kind of text as the title, over a banner naming the speaker above it", () => {
    const { statement } = read(
      "Director-General Maria Lopes\n\n45th Session of the Council Opening Statement\n\nby Dr Maria Lopes, Director-General\n\nMr. Chairperson,\n\nI welcome you all.\n",
    );
    expect(statement.title).toBe("45th Session of the Council Opening Statement");
  });

  it("reads a headline set as a lone bullet under “News Details”, and an Arabic date label", () => {
    const { statement } = read(
      "News Details\n  • The address of His Excellency Mr. Omar Haddad, Secretary-General of the League, at the opening session of the Council\n    التاريخ: 2024/03/04\n\n    Your Excellencies,\n\n    I am pleased to welcome you to the house of the Arabs for this session of the Council.\n",
    );
    expect(statement.title).toMatch(/^The address of His Excellency Mr\. Omar Haddad/);
    expect(statement.speaker).toBe("His Excellency Mr. Omar Haddad");
    expect(statement.date?.start).toBe("2024-03-04");
    expect(texts(statement).join("\n")).not.toContain("التاريخ");
  });

  it("takes a national capital from a place line, and from a dateline naming a hall, the capital and the country", () => {
    const cover = read(
      "OPENING REMARKS\n\nBY HON. JANE OKELLO, MINISTER OF STATE\n\n14 MARCH 2023\n\nSPEKE RESORT, MUNYONYO, KAMPALA\n\nMr. Chairperson,\n\nWelcome to Uganda.\n",
    );
    expect(cover.statement.venue).toBe("Kampala");
    const dated = read(
      "Opening Remarks by the Vice Minister\n\n14 March 2023, National Convention Centre, Vientiane, Lao PDR\n\nDistinguished guests,\n\nWelcome to the workshop.\n",
    );
    expect(dated.statement.venue).toBe("Vientiane");
    expect(dated.statement.date?.start).toBe("2023-03-14");
  });
});

describe("the sixteenth set's shapes (fixtures 441–466)", () => {
  it("reads a page's fields set off by bars, the kind of page among them", () => {
    const { statement } = read(
      "58th Session of the Council\n\nWork that leaves no one behind\n\nStatement | Geneva | 28 October 2019\n\nMadam Chairperson,\n\nMembers of the Governing Body,\n\nLet me begin by welcoming you to this session.\n\nThank you.\n",
    );
    expect(statement.venue).toBe("Geneva");
    expect(statement.date?.start).toBe("2019-10-28");
    expect(statement.title).not.toMatch(/Statement \|/);
    expect(roles(statement)).toEqual(["salutation", "salutation", "body", "closing"]);
    // An organisation beside a date is still no place.
    expect(
      read("Ministry of Foreign Affairs | 27 October 2018\n\nMr. President,\n\nWe welcome you.\n").statement
        .venue,
    ).toBeUndefined();
  });

  it("takes a press office's dateline glued to the first sentence by dashes", () => {
    const { statement } = read(
      "Statement by the Director-General on the anniversary of the attack\n\nThe Hague, Netherlands–28 June 2023–I am grateful to join you again on this day of remembrance.\n\nWe will not forget the victims.\n",
    );
    expect(statement.venue).toBe("The Hague");
    expect(statement.date?.start).toBe("2023-06-28");
    expect(texts(statement)[0]).toBe("I am grateful to join you again on this day of remembrance.");
  });

  it("keeps a hard-wrapped numbered paragraph whole when its lines go on without an indent", () => {
    const { statement } = read(
      [
        "Mr. President,",
        "1. On behalf of the people and the Royal Government of Ruritania, allow me to extend my",
        "delegation's congratulations to you on your election to preside over this session of the",
        "General Assembly, and to thank your predecessor for his work.",
        "2. My delegation also thanks the Secretary-General for the energy he has brought to his",
        "office in his first year, and for placing the climate at the top of our agenda,",
        "where it belongs.",
        "3. For a mountainous country such as mine, the melting of glaciers is not a distant threat",
        "but a danger to our villages and farms today.",
        "I thank you.",
      ].join("\n"),
    );
    expect(roles(statement)).toEqual(["salutation", "body", "body", "body", "closing"]);
    expect(texts(statement)[2]).toMatch(/agenda, where it belongs\.$/);
  });

  it("reads “on behalf of the Royal Government of …” as the delegation", () => {
    const { statement } = read(
      "Mr. President,\n\nOn behalf of the people and the Royal Government of Bhutan, I congratulate you on your election.\n\nThank you.\n",
    );
    expect(statement.delegation).toBe("Bhutan");
  });

  it("reads a minister of a ministry with a longer name, and a cover in capitals, in Spanish", () => {
    const { statement } = read(
      "Discursos\n\nEXCELENTÍSIMO MINISTRO DE RELACIONES EXTERIORES Y COMERCIO EXTERIOR DEL ECUADOR, EMBAJADOR JUAN PÉREZ\n\n4 de junio de 2014 - Asunción, Paraguay\n\nSeñor Presidente, señoras y señores Cancilleres, distinguidos Jefes de Delegación:\n\nQuiero agradecer al Gobierno paraguayo por su acogida.\n\nMuchas gracias.\n",
    );
    expect(statement.delegation).toBe("Ecuador");
    expect(roles(statement)).toEqual(["salutation", "body", "closing"]);
  });

  it("greets with “Assalamu Alaykum” and closes with “Wassalamu Alaykum”", () => {
    const { statement } = read(
      "Excellencies, Ladies and Gentlemen,\n\nAssalamu Alaykum Warahmatullahi Wabarakatuh\n\nI am pleased to welcome you to this annual meeting of our foreign ministers.\n\nWe will continue to work for peace in our region.\n\nWassalamu Alaykum Warahmatullahi Wabarakatuh\n",
    );
    expect(roles(statement)).toEqual(["salutation", "salutation", "body", "body", "closing"]);
  });

  it("reads a reception's guests as greetings", () => {
    const { statement } = read(
      "Honourable Ministers of Government;\n\nYour Excellencies, Ambassadors and High Commissioners;\n\nHeads of International Organisations and Agencies;\n\nHonorary Consuls;\n\nMembers of the Diplomatic and Consular Corps,\n\nSpecially invited guests,\n\nIt gives me great pleasure to welcome you all to this reception.\n\nI thank you.\n",
    );
    expect(roles(statement)).toEqual([
      "salutation",
      "salutation",
      "salutation",
      "salutation",
      "salutation",
      "salutation",
      "body",
      "closing",
    ]);
  });

  it("prefers the date a title ends on over a page's posting date above it", () => {
    const { statement } = read(
      "Statements\n\n03 Oct 2017\n\nOpening Remarks, International Dialogue on Migration in Geneva, 18 July 2017\n\nExcellencies,\n\nWelcome to this dialogue.\n",
    );
    expect(statement.date?.start).toBe("2017-07-18");
  });

  it("takes a news lead that reports who spoke, however long, for the page's, with its date and city", () => {
    const { statement } = read(
      "Déclaration du Burkina Faso au Conseil des droits de l’homme\n\nPublié le vendredi 4 mars 2016 à 01h37min\n\nLe ministre des Affaires étrangères, de la Coopération et des Burkinabè de l’extérieur, M. Jean Ouédraogo, a pris la parole le mardi 1er mars 2016 à Genève, devant le segment de haut niveau de la 31e session ordinaire du Conseil des droits de l’homme, pour présenter les progrès de son pays.\n\nMonsieur le Président ;\n\nC’est pour moi un honneur de prendre la parole devant ce Conseil.\n\nJe vous remercie.\n",
    );
    expect(statement.date?.start).toBe("2016-03-01");
    expect(statement.venue).toBe("Genève");
    expect(texts(statement).join("\n")).not.toContain("a pris la parole");
  });

  it("reads no city from a headquarters beside a date", () => {
    const { statement } = read(
      "Statement by the Prime Minister at the General Debate\n\nUN Headquarter, 26th September 2025\n\nMr. President,\n\nI bring greetings from our islands.\n",
    );
    expect(statement.venue).toBeUndefined();
    expect(statement.date?.start).toBe("2025-09-26");
  });

  it("takes a byline headline over the organisation's name a site prints above it", () => {
    const { statement } = read(
      "Organisation of Islamic Cooperation\nThe Collective Voice of The Muslim World\n\nSpeech of H.E. Dr. Yusuf Amani Secretary General of the OIC to the Annual Coordination Meeting\nDate: 02/10/2015\n\nNEW YORK, 1 OCTOBER 2015\nExcellencies,\nI am pleased to welcome you once again to this annual meeting, which brings our foreign ministers together.\n",
    );
    expect(statement.title).toBe(
      "Speech of H.E. Dr. Yusuf Amani Secretary General of the OIC to the Annual Coordination Meeting",
    );
  });
});

describe("the seventeenth set's shapes (fixtures 471–486)", () => {
  it("reads a Japanese date glued to the headline after it, and an occasion as the title", () => {
    const { statement } = read(
      "令和元年10月22日即位礼正殿の儀後の晩餐会\n\n皆様、こんばんは。本日はようこそお越しくださいました。\n\n今後とも両国の友好が深まることを祈念いたします。\n",
    );
    expect(statement.date?.start).toBe("2019-10-22");
    expect(statement.titleJa).toBe("即位礼正殿の儀後の晩餐会");
  });

  it("drops a gallery's numbered captions and the line that repeats them", () => {
    const { statement } = read(
      "令和元年10月22日日・メコン首脳会議歓迎夕食会\n\n  • 挨拶する総理1\n  • 挨拶する総理2\n挨拶する総理1 挨拶する総理2\n\n皆様、こんばんは。本日はようこそお越しくださいました。\n\n両国の友好が深まることを祈念いたします。\n",
    );
    expect(statement.titleJa).toBe("日・メコン首脳会議歓迎夕食会");
  });

  it("starts after 次のように述べました and skips the lead a page prints again after its cue", () => {
    const lead = "2月22日、山田大使は市内のホテルでレセプションを開催しました。";
    const { statement } = read(
      `天皇誕生日祝賀レセプションの開催\n\n${lead}\n山田大使は挨拶の中で、次のように述べました。\n${lead}\n\nご列席の皆様、\n\n本日はお越しいただき、心より御礼申し上げます。\n\n両国の協力を一層深めてまいります。\n`,
    );
    expect(texts(statement).join("\n")).not.toContain("レセプションを開催しました");
    expect(texts(statement).join("\n")).not.toContain("次のように述べました");
  });

  it("takes Japan for 駐ラオス日本国大使, not the host country", () => {
    const { statement } = read(
      "レセプションの開催\n\n2月22日、中川駐ラオス日本国大使は、ラオス政府の閣僚を招いてレセプションを開催しました。\n挨拶全文は以下のとおりです。\n\nご列席の皆様、\n\n本日はお越しいただき、心より御礼申し上げます。\n",
    );
    expect(statement.delegation).toBe("Japan");
  });

  it("names no place for a ministry beside a date, and the city after a hall and a slash", () => {
    expect(
      read("日本政府ステートメント\n\n外務省 令和2年2月26日\n\n議長、\n\n日本は人権を重視します。\n")
        .statement.venue,
    ).toBeUndefined();
    const { statement } = read(
      "歓迎夕食会\n\n平成20年10月23日 ホテル紀の国/和歌山市\n\n皆さん、こんばんは。和歌山へようこそ。\n",
    );
    expect(statement.venue).toBe("和歌山市");
    expect(statement.date?.start).toBe("2008-10-23");
  });

  it("leaves a site's section name and its switches out of the title", () => {
    const { statement } = read(
      "現在表示しているページ\n\n言語選択\n\n中\n\n寄稿・提言・訓辞・挨拶集\n\n駐日外交団歓迎夕食会\n\n平成20年10月23日\n\n皆さん、こんばんは。和歌山へようこそ。\n",
    );
    expect(statement.titleJa).toBe("駐日外交団歓迎夕食会");
  });
});

describe("the eighteenth set's shapes (fixtures 491–506)", () => {
  it("names the speaker set off by commas in a lead that reports the statement", () => {
    const english = read(
      "STATEMENT AT THE GENERAL DEBATE\n\nOn Saturday, the Minister of Foreign Affairs and International Cooperation, Mr. Tembo Mwale, took the floor at the General Assembly to speak about debt.\n\nMr. President,\n\nOur region has suffered a severe drought this year.\n\nWe call for a fairer financial system.\n",
    );
    expect(english.statement.speaker).toBe("Mr. Tembo Mwale");
    const french = read(
      "Discours du ministre\n\nLe ministre des Affaires étrangères, de la Coopération et des Burkinabè de l’extérieur, SEM Idrissa Ouédraogo, a pris la parole mardi à Genève.\n\nMonsieur le Président,\n\nLe Burkina Faso salue les travaux du Conseil.\n\nNous restons engagés pour les droits humains.\n",
    );
    expect(french.statement.speaker).toBe("SEM Idrissa Ouédraogo");
    // A place between commas is not a speaker.
    const place = read(
      "Remarks\n\nYesterday in the capital, Addis Ababa, said the organisers, the talks opened.\n\nMr. Chair,\n\nWe welcome this meeting.\n\nWe thank the host.\n",
    );
    expect(place.statement.speaker).toBeUndefined();
  });

  it("takes the city before the date that closes a summary line", () => {
    const { statement } = read(
      "Status of the Additional Protocols\n\nUnited Nations, General Assembly, 67th session, Sixth Committee, item 80 of the agenda, statement by the ICRC, New York, 22 October 2012.\n\nMr. Chairman,\n\nThe ICRC welcomes this debate.\n\nWe urge all States to ratify the Protocols.\n",
    );
    expect(statement.venue).toBe("New York");
    expect(statement.date?.start).toBe("2012-10-22");
  });

  it("names the speaker after the office in a Spanish title, and the English title's form wins", () => {
    const spanish = read(
      "Palabras del Ministro de Relaciones Exteriores de El Salvador, Raúl Ernesto Pineda, durante la ceremonia del Día de las Naciones Unidas\n\nSan Salvador, 24 de octubre de 2023\n\nEstimados amigos:\n\nHoy celebramos el aniversario de la Carta.\n\nEl Salvador reafirma su compromiso con el multilateralismo.\n",
    );
    expect(spanish.statement.speaker).toBe("Raúl Ernesto Pineda");
    const both = read(
      "Discurso do Representante Permanente, Embaixador Paulo Nogueira Lima, em reunião do Conselho de Segurança\nStatement by the Permanent Representative, Ambassador Paulo Nogueira Lima, on the situation in Haiti\nJuly 6th, 2023\nMister President,\nBrazil follows the situation in Haiti with concern.\nWe support the Haitian National Police.\n",
    );
    expect(both.statement.speaker).toBe("Ambassador Paulo Nogueira Lima");
  });

  it("names the speaker after a dateline's dash or a clause's comma, and after a cue naming only an office", () => {
    const dash = read(
      "President at COP16\n\nCancun, Mexico, 8 December 2010—His Excellency Tekee Aomoa, President of the Republic of Kiribati, delivered a statement today at the High Level Segment.\n\nMadame President,\n\nWe cannot wait another year.\n\nThe ocean keeps rising.\n",
    );
    expect(dash.statement.speaker).toBe("His Excellency Tekee Aomoa");
    expect(dash.statement.venue).toBe("Cancun");
    const comma = read(
      "Remarks at the Opening of the Council\n\nOutgoing Chair of the Council, the Hon. K.L. Everton Lake, Minister for Foreign Affairs, made remarks at the opening of the meeting in Kingston, Jamaica on Tuesday 16 May 2023.\n\nPlease read his remarks below:\n\nSenator the Honourable Marcia Greene, Minister of Foreign Affairs of Jamaica\n\nGood morning;\n\nLet me first thank our host for the warm welcome.\n\nThe year has not been an easy one.\n",
    );
    expect(comma.statement.speaker).toBe("the Hon. K.L. Everton Lake");
    expect(comma.statement.venue).toBe("Kingston");
    const office = read(
      "LESOTHO AT THE GENERAL ASSEMBLY\n\nSeptember 26, 2025 – The Right Honourable Prime Minister Tšeliso Mokoena addressed the General Assembly in New York yesterday.\nBelow is the full statement delivered by the Prime Minister:\nMadam President,\nWe come to this Assembly in a difficult year.\nOur people need jobs and water.\n",
    );
    expect(office.statement.speaker).toBe("The Right Honourable Prime Minister Tšeliso Mokoena");
    // "yesterday" in a lead dated the 26th: the speech was the 25th.
    expect(office.statement.date?.start).toBe("2025-09-25");
  });

  it("drops shortcodes, a link alone on its line, a weather widget and the next post after a post's footer", () => {
    const { statement } = read(
      "Kiribati at the Forum\n\nLesotho Weather Widget\n\n--°C\n\n[vc_row][vc_column][vc_column_text text_larger=”no”]\n\nhttps://twitter.com/example/status/1313841207755120640[/vc_column_text]\n\nMr. President,\n\nWe thank the chair for convening this meeting.\n\nOur islands will not give up.\n\nThank you.\n\nPosted in News | Tagged COP16, news | Leave a comment\n\nKiribati side event draws a full house\n\nCopenhagen, Denmark, 9 December 2009: The delegation held a side event this afternoon.\n",
    );
    const text = texts(statement).join("\n");
    expect(text).not.toContain("vc_");
    expect(text).not.toContain("twitter.com");
    expect(text).not.toContain("°C");
    expect(text).not.toContain("side event");
    expect(statement.title).not.toBe("Lesotho Weather Widget");
  });

  it("leaves a language label, a mail subject label and a section of one body out of the title", () => {
    expect(
      read(
        "English: Statement by H.E. Mr. Batbayar at the OSCE Ministerial Council\n\nMr. Chairman,\n\nMongolia welcomes the Council.\n",
      ).statement.title,
    ).toBe("Statement by H.E. Mr. Batbayar at the OSCE Ministerial Council");
    expect(
      read(
        "Subject: RDTL: Statement to UN General Assembly\n\nMadame President,\n\nWe congratulate you on your election.\n",
      ).statement.title,
    ).toBe("RDTL: Statement to UN General Assembly");
    const section = read(
      "Declaraciones Consejo de Derechos Humanos\n\nSeptuagésimo segundo período de sesiones de la Asamblea General\n\n02 noviembre 2017\n\nDeclaración de S.E. Embajador Héctor Castaneda Lemus Presidente del Consejo de Derechos Humanos\n\nSr. Vice Presidente,\n\nEs un honor presentar el informe anual del Consejo.\n\nEl Consejo celebró tres períodos de sesiones.\n",
    );
    expect(section.statement.title).toBe("Septuagésimo segundo período de sesiones de la Asamblea General");
    expect(section.statement.speaker).toBe("S.E. Embajador Héctor Castaneda Lemus");
  });

  it("names no city for a palace beside the date, and reads a speaker field and a French byline without “de”", () => {
    const palace = read(
      "Discurso do Presidente da República\n\nPalácio do Itamaraty, 20 de julho de 2017\n\nSenhoras e senhores,\n\nÉ uma honra receber os ministros.\n\nO Brasil apoia a Comunidade.\n",
    );
    expect(palace.statement.venue).toBeUndefined();
    expect(palace.statement.date?.start).toBe("2017-07-20");
    const field = read(
      "27.02.2023\n\nDiscours du Conseiller fédéral au Conseil des droits de l’homme\n\nOrateur: Jeanneret Marc-André; Chef du Département, Marc-André Jeanneret\n\nMonsieur le Président,\n\nLa Suisse salue les travaux du Conseil.\n\nNous restons engagés.\n",
    );
    expect(field.statement.speaker).toBe("Marc-André Jeanneret");
    const french = read(
      "26 février 2004 - Haïti : Intervention M. Bertrand Leclerc, représentant permanent de la France auprès des Nations unies\n\nMonsieur le Président,\n\nLa situation se dégrade.\n\nLa France est disposée à contribuer.\n",
    );
    expect(french.statement.speaker).toBe("M. Bertrand Leclerc");
  });

  it("reads an address to the president of a numbered session as an address, not the meeting", () => {
    const { statement } = read(
      "LESOTHO AT THE GENERAL ASSEMBLY\n\nBelow is the full statement delivered by the Prime Minister:\nMadam President of the 80th Session of the General Assembly,\nYour Excellencies,\nWe come to this Assembly in a difficult year.\nOur people need jobs and water.\n",
    );
    expect(statement.meeting ?? "").not.toContain("Madam President");
    expect(texts(statement)[0]).toBe("Madam President of the 80th Session of the General Assembly,");
  });

  it("takes the country of an office line like “U.S. Representative to the United Nations”", () => {
    const { statement } = read(
      "Remarks at the UN Security Council on the Conclusion of the Presidency\n\nAmbassador Jane Fielding\nU.S. Representative to the United Nations\nNew York, New York\nAugust 31, 2023\n\nBefore adjourning the meeting, I would like to thank the members of the Council.\n\nIt has been a busy month.\n",
    );
    expect(statement.delegation).toBe("United States");
  });

  it("names a titled speaker after the office in a Spanish title, and keeps “D.C.” whole in a place", () => {
    const { statement } = read(
      "Discurso del Presidente de la República de Venezuela Dr. Rafael Ortega ante el Consejo Permanente de la Organización de Estados Americanos\n\nWashington D.C., 4 de junio de 1970\n\nHace una hora concluyó la visita oficial que he realizado a este país.\n\nMe siento honrado al atender la invitación del Consejo Permanente.\n",
    );
    expect(statement.speaker).toBe("Dr. Rafael Ortega");
    expect(statement.venue).toBe("Washington D.C.");
    expect(statement.date?.start).toBe("1970-06-04");
  });

  it("reads a byline signed under the text after “As delivered”, and “X warmly welcomes” as the delegation", () => {
    const { statement } = read(
      "Reply to Russia: Statement to the PC\n\nJust to respond to our distinguished colleague: the item under which we spoke was about commitments.\n\nThe issue that you raised certainly concerns us.\n\nThank you, Mr. Chair.\n\nAs delivered by Ambassador Daniel B. Carver to the Permanent Council, Vienna | May 12, 2016\n",
    );
    expect(statement.speaker).toBe("Ambassador Daniel B. Carver");
    expect(statement.venue).toBe("Vienna");
    expect(statement.date?.start).toBe("2016-05-12");
    expect(texts(statement).join("\n")).not.toContain("Permanent Council, Vienna");
    const eu = read(
      "OSCE Permanent Council 1396 Vienna, 27 October 2022\n- The European Union warmly welcomes back to the Permanent Council the President of the Parliamentary Assembly.\n- We agree with you that we must remain united.\n",
    );
    expect(eu.statement.delegation).toBe("European Union");
  });
});

describe("the nineteenth set's shapes (fixtures 511–526)", () => {
  it("drops a site's rebuild banner and its press-centre label, and reads a capitals dateline glued to a quotation", () => {
    const { statement } = read(
      "We’re building a new example.org.\nAs we swap out old for new, pages will be in transition. Thanks for your patience.\n\nPress centre\n\nUNDP Administrator Tomasz Wiśniewski remarks at the first regular session of the Executive Board\n\nAs prepared\n\nNEW YORK, 3 February 2020 – “I am pleased to open this session of the Board.\n\n“Excellencies,\n\n“Our work this year begins with the climate.\n\n“Thank you.”\n",
    );
    expect(statement.title).toBe(
      "UNDP Administrator Tomasz Wiśniewski remarks at the first regular session of the Executive Board",
    );
    expect(statement.speaker).toBe("Tomasz Wiśniewski");
    expect(statement.venue).toBe("NEW YORK");
    expect(statement.date?.start).toBe("2020-02-03");
    expect(statement.delivery).toBe("As prepared");
    const body = texts(statement);
    expect(body[0]).toBe("“I am pleased to open this session of the Board.");
    expect(body.join("\n")).not.toMatch(/swap out|Press centre|NEW YORK/);
  });

  it("keeps a list of the states spoken for when the speaker reads it out as a sentence", () => {
    const { statement } = read(
      "Statement on behalf of the Nordic countries\n\nMr. Chair,\n\nI have the honour to speak on behalf of the Nordic countries: Denmark, Finland, Iceland, Norway and my own country, Sweden.\n\nWe support the draft resolution.\n\nWe call for its adoption.\n",
    );
    expect(statement.cosignatories).toEqual(["Denmark", "Finland", "Iceland", "Norway", "Sweden"]);
    expect(texts(statement)).toContain(
      "I have the honour to speak on behalf of the Nordic countries: Denmark, Finland, Iceland, Norway and my own country, Sweden.",
    );
    // A bare list after "on behalf of the following countries:" is still taken out of the text.
    const bare = read(
      "Joint statement\n\nOn behalf of the following countries:\n\nBelgium, Luxembourg, Netherlands, Austria, Ireland\n\nMr. Chair,\n\nWe support the draft resolution.\n",
    );
    expect(texts(bare.statement).join("\n")).not.toMatch(/Luxembourg/);
  });

  it("reads Canada's French marker and drops the translation note after it", () => {
    const { statement } = read(
      "Discours de la ministre Tremblay au Conseil des droits de l’homme\n\nLe 2 mars 2021 - Genève, Suisse\n\nSous réserve de modifications. Ce texte a été traduit conformément à la Politique sur les langues officielles.\n\nMadame la Présidente,\n\nLe Canada défend les droits de toutes et de tous.\n\nNous appuyons le travail du Conseil.\n",
    );
    expect(statement.delivery).toBe("Sous réserve de modifications");
    expect(texts(statement).join("\n")).not.toMatch(/traduit|réserve/);
    // Inside a sentence the words are ordinary French and stay.
    const spoken = read(
      "Discours\n\nMadame la Présidente,\n\nLe calendrier est adopté sous réserve de modifications ultérieures par le Bureau.\n\nNous appuyons le travail du Conseil.\n",
    );
    expect(spoken.statement.delivery).toBeUndefined();
    expect(texts(spoken.statement)).toContain(
      "Le calendrier est adopté sous réserve de modifications ultérieures par le Bureau.",
    );
  });

  it("starts the text at an address glued to a press office's dateline, and names an agency head after “by”", () => {
    const quoted = read(
      'Remarks by UNFPA Executive Director Amina Diallo at the annual session of the Executive Board\n\nAs prepared for delivery\n\n04 June 2024\n\nNEW YORK, 4 June 2024 –"Excellencies, distinguished delegates, colleagues,\n\n"Welcome to the annual session of the Board.\n\n"Our work this year begins with maternal health.\n',
    );
    expect(quoted.statement.speaker).toBe("Amina Diallo");
    expect(quoted.statement.venue).toBe("NEW YORK");
    expect(texts(quoted.statement)[0]).toBe('"Excellencies, distinguished delegates, colleagues,');
    const hyphen = read(
      "Statement\n\nRemarks of the Executive Director to the first regular session\n\nGENEVA, 12 January 2010 - Mr. President, Excellencies, good morning. A warm welcome to this session.\n\nOur agenda this week is long.\n",
    );
    expect(hyphen.statement.venue).toBe("GENEVA");
    expect(hyphen.statement.date?.start).toBe("2010-01-12");
    expect(texts(hyphen.statement).join("\n")).not.toMatch(/GENEVA/);
  });

  it("reads a UN press release's “Following are … remarks …:” as a cue naming the speaker", () => {
    const { statement } = read(
      "Following are UN Secretary-General Kofi Mensah's remarks to the ministerial meeting on water, in Geneva today:\nWarm greetings to all of you. We meet at a moment when rivers are running dry across three continents.\nWater is life, and it is also peace.\nLet us leave here with commitments, not only words.\n",
    );
    expect(statement.speaker).toBe("Kofi Mensah");
    expect(statement.title).toBeUndefined();
    expect(statement.meeting).toBeUndefined();
    expect(texts(statement)[0]).toBe(
      "Warm greetings to all of you. We meet at a moment when rivers are running dry across three continents.",
    );
  });

  it("prefers the byline's styled name to the office before the name in the title", () => {
    const { statement } = read(
      "Statement by Prime Minister Aino Virtanen at the Summit of the Future\n\n22. September 2024 - 10:15\n\nStatement by H.E. Ms Aino Virtanen\nPrime Minister of Finland\nSummit of the Future\n22 September 2024\n\nMr. President,\n\nFinland comes to this Summit with a clear message.\n\nThe Pact for the Future must be implemented.\n",
    );
    expect(statement.speaker).toBe("H.E. Ms Aino Virtanen");
  });

  it("drops a Korean ministry page's skip links and “[Former]” label, and greets a deputy prime minister by name", () => {
    const { statement } = read(
      "바로가기 메뉴\n본문 바로가기\n주메뉴 바로가기\n검색창 열기\nKOR\n\n[Former] Luncheon Remarks at the 2016 Asia Cooperation Dialogue\n\nLuncheon Remarks\nby H.E. Park Min-jae\nMinister of Foreign Affairs\n\nBusan, March 3, 2016\n\nDeputy Prime Minister Somchai,\nExcellencies,\n\nIt is an honour to welcome you to Busan for this dialogue.\n\nAsia needs more cooperation, not less.\n",
    );
    expect(statement.title).toBe("Luncheon Remarks at the 2016 Asia Cooperation Dialogue");
    expect(statement.speaker).toBe("H.E. Park Min-jae");
    expect(texts(statement)[0]).toBe("Deputy Prime Minister Somchai,");
    expect(roles(statement)[0]).toBe("salutation");
  });

  it("reads an African Union speech page: a capital and its country, the office of an organisation then a styled name, and protocol lines without their marks", () => {
    const { statement } = read(
      "Opening Remarks of the Chairperson of the African Union Commission, HE Dr. Amara Touré to the 40th Ordinary Session of the Executive Council\n\nShare this\n\n12 February 2022\nAddis Ababa, Ethiopia\n\nYour Excellency, Mr. Ali Hassan, Minister of Foreign Affairs of the Republic of Senegal and Chairperson of the Executive Council\nYour Excellency Dr Lena Mbeki, Deputy Chairperson of the Commission\nColleague Ministers for Foreign Affairs,\nLadies and Gentlemen\n\nIt is an honour to open this session of the Executive Council.\n\nOur Union faces hard choices this year.\n",
    );
    expect(statement.venue).toBe("Addis Ababa");
    expect(statement.speaker).toBe("HE Dr. Amara Touré");
    expect(statement.delegation).toBeUndefined();
    expect(roles(statement).slice(0, 5)).toEqual([
      "salutation",
      "salutation",
      "salutation",
      "salutation",
      "body",
    ]);
    expect(texts(statement)[0]).toMatch(/^Your Excellency, Mr\. Ali Hassan/);
  });

  it("reads a Spanish cover's “Sólo dará fe el texto pronunciado” and drops a sharing site's “Download” from the name", () => {
    const { statement } = read(
      "Download DISCURSO DEL MINISTRO DE RELACIONES EXTERIORES\n\nDISCURSO DEL MINISTRO DE RELACIONES EXTERIORES\nNUEVA YORK, 25 DE SEPTIEMBRE DE 2010\nSÓLO DARÁ FE EL TEXTO PRONUNCIADO\n\nSeñor Presidente:\n\nLa vida de esta Organización abarca ya dos tercios de siglo.\n\nDebemos preguntarnos si sigue siendo eficaz.\n",
    );
    expect(statement.title).toBe("DISCURSO DEL MINISTRO DE RELACIONES EXTERIORES");
    expect(statement.delivery).toBe("Sólo dará fe el texto pronunciado");
    expect(texts(statement).join("\n")).not.toMatch(/SÓLO DARÁ FE/);
  });

  it("reads every guest of a protocol list between two greetings as a greeting", () => {
    const { statement } = read(
      "Opening remarks by the Chair of the Forum Economic Ministers Meeting, Hon Tavita Leota\n\n14 May 2023\n\nHonourable Ministers of the Pacific Islands Forum\n\nThe Director General of the Pacific Community, Dr Ana Moala\n\nSenior Officials\n\nRepresentatives of the CROP Agencies\n\nLadies and Gentlemen\n\nIt is a pleasure to welcome you to Apia.\n\nOur economies face hard years.\n",
    );
    expect(roles(statement)).toEqual([
      "salutation",
      "salutation",
      "salutation",
      "salutation",
      "salutation",
      "body",
      "body",
    ]);
    // A guest's line ending on a comma after the last greeting the rules know is a greeting too.
    const trailing = read(
      "Statement\n\nMr. President,\n\nDistinguished Colleagues,\n\nHeads of Regional and Sub-regional Bodies,\n\nThe Bahamas thanks you for this debate.\n\nWe value the United Nations.\n",
    );
    expect(roles(trailing.statement)).toEqual(["salutation", "salutation", "salutation", "body", "body"]);
    // A line of the text cut short is not a guest.
    const cut = read(
      "Statement\n\nI would like to congratulate\n\nMr. President\n\non his election to preside over this Conference.\n\nWe wish him success.\n",
    );
    expect(roles(cut.statement)[0]).toBe("body");
  });

  it("keeps a meeting line printed twice (an image's text and its caption) once", () => {
    const { statement } = read(
      "Statement by Secretary General Ana Moala at the Opening of the Forum\n\nSG at Forum Opening\n\nSG at Forum Opening\n\nOpening Ceremony of the 52nd Pacific Islands Forum\n\n3 September 2023\n\nExcellencies,\n\nIt is a privilege to serve the Forum.\n\nWe thank our hosts.\n",
    );
    expect(statement.meeting).toBe(
      "SG at Forum Opening — Opening Ceremony of the 52nd Pacific Islands Forum",
    );
  });

  it("accounts in the explanation for every header line, warning only of those no rule read", () => {
    const result = read(
      "Statement by Ambassador Rui Lopes at the Fourth Committee\n\n12 October 2021\n\nPermanent Mission of Portugal to the United Nations\n\nOctober 12, 2021\n\nMr. Chair,\n\nPortugal supports the work of the Committee.\n\nWe thank the Secretariat.\n",
    );
    const accounted = new Set([
      ...(result.explanation?.fields ?? []).map((origin) => origin.line),
      ...(result.explanation?.dropped ?? []).map((line) => line.line),
    ]);
    expect([1, 3, 5, 7].filter((line) => !accounted.has(line))).toEqual([]);
    expect(result.explanation?.dropped).toContainEqual({
      line: 7,
      reason: "header line read, no field taken from it",
      text: "October 12, 2021",
    });
    expect(result.warnings.filter((warning) => warning.line === 7)).toEqual([]);
  });

  it("takes the states a speaker's sentence names as spoken for, and keeps the sentence", () => {
    const { statement } = read(
      "Joint Statement\n\nI have the honour to deliver this statement on behalf of Chile, Fiji, Ghana, Iceland, Jordan and Uruguay. We welcome the tenth anniversary of the Council.\n\nWe are a diverse group.\n",
    );
    expect(statement.cosignatories).toEqual(["Chile", "Fiji", "Ghana", "Iceland", "Jordan", "Uruguay"]);
    expect(texts(statement)[0]).toMatch(/^I have the honour to deliver this statement on behalf of Chile/);
    // A sentence naming countries in passing is no such list.
    const passing = read(
      "Statement\n\nWe thank Chile, Fiji and Ghana for their work on behalf of the small States.\n\nWe are a diverse group.\n",
    );
    expect(passing.statement.cosignatories).toBeUndefined();
  });

  it("reads guests named with their offices above the first address as greetings, and a capitals cover's name as the speaker", () => {
    const { statement } = read(
      "MERE TANA, SECRETARY GENERAL OF THE PACIFIC ISLANDS FORUM\nOPENING STATEMENT\nFORUM LEADERS MEETING\nMonday 7 August 2023\nThe Honourable Tevita K. Lolo, Prime Minister of Tonga and Chair of the Pacific Islands Forum\nThe Prime Minister of Samoa, and the Outgoing Forum Chair, the Honourable Sina Faleolo\nHonourable Leaders of our Blue Pacific\nExcellencies\nIt is my honour to address you today as your Secretary General.\nComing from a small island State, I know what this trust means for my people.\nOur region faces a hard year, with storms, debts and rising seas.\nLet me thank the outgoing Chair for a year of steady leadership.\n",
    );
    expect(statement.speaker).toBe("MERE TANA");
    expect(statement.delegation).toBeUndefined();
    expect(texts(statement)[0]).toMatch(/^The Honourable Tevita K\. Lolo/);
    expect(roles(statement).slice(0, 5)).toEqual([
      "salutation",
      "salutation",
      "salutation",
      "salutation",
      "body",
    ]);
    // One styled line above the address is the speaker's, as before.
    const single = read(
      "Statement at the Fourth Committee\n\nH.E. Mr. Tomas Varga, Permanent Representative of Slovakia\n\nMr. Chair,\n\nSlovakia supports the Committee.\n\nWe thank the Secretariat.\n",
    );
    expect(single.statement.speaker).toBe("H.E. Mr. Tomas Varga");
  });

  it("reads a ministry's news page: a later posting stamp, a lead that led the delegation, and the greeting and blessing around the text", () => {
    const { statement } = read(
      "2023/11/20 - 10:05\n\n12 Nov 2023\n\nHis Excellency Sheikh Dr. Salem Al-Rashid, Minister of Foreign Affairs, led the delegation of the State of Qatar to the open debate of the Security Council, the text of which was:\n“Mr. President,\nPeace, mercy and blessings of God be upon you,\nAt the outset, I thank the presidency for convening this debate at such a grave moment for the region.\nThe State of Qatar calls for an immediate ceasefire and the protection of civilians in every place.\nWe will continue our mediation efforts with all parties.\nThank you, and peace, mercy and blessings of God be upon you.”\n",
    );
    expect(statement.date?.start).toBe("2023-11-12");
    expect(statement.speaker).toBe("His Excellency Sheikh Dr. Salem Al-Rashid");
    expect(statement.delegation).toBe("Qatar");
    expect(roles(statement)).toEqual(["salutation", "salutation", "body", "body", "body", "closing"]);
  });

  it("reads a government's speech page: an office before a styled name, a hotel and city before a colon and the date, and greetings in the speaker's language", () => {
    const { statement } = read(
      "Remarks of the Hon’ble State Minister for Foreign Affairs H.E. Mr. Anwar Karim, MP at the Opening of the Trade Dialogue on 3 May 2022\n\nGrand Lagoon Hotel, Suva: 3 May 2022\n\nExcellencies, Ladies and Gentlemen all,\n\nBula vinaka and a very good morning to you all.\n\nGood afternoon to you all from Dhaka.\n\nOn behalf of the Fijian Government, I welcome you to this dialogue on trade.\n\nOur islands depend on fair trade rules.\n\nVinaka vakalevu and thank you.\n",
    );
    expect(statement.speaker).toBe("H.E. Mr. Anwar Karim");
    expect(statement.venue).toBe("Suva");
    expect(statement.delegation).toBe("Fiji");
    expect(roles(statement)).toEqual(["salutation", "salutation", "salutation", "body", "body", "closing"]);
  });

  it("ends a capitals cover's name at “DEPUTY PRIME MINISTER”", () => {
    const { statement } = read(
      "STATEMENT\nBY\nH.E. MR. TRAN VAN MINH\nDEPUTY PRIME MINISTER\nOF THE SOCIALIST REPUBLIC\nOF VIET NAM\nNEW YORK, 7 SEPTEMBER 2000\n\nMr. President,\n\nViet Nam joins other speakers in congratulating you.\n\nWe call for a fairer order.\n",
    );
    expect(statement.speaker).toBe("H.E. MR. TRAN VAN MINH");
  });

  it("reads France's old archive page: a particle in the byline's name, and share links after thanks that end the last paragraph", () => {
    const { statement } = read(
      'Twitter Facebook Flickr Youtube RSS Share\n\n12 mai 2004 - Haïti : Intervention M. Jean-Paul de La Fontaine, représentant permanent adjoint de la France auprès des Nations unies\n\n"Ma délégation salue le rapport du Secrétaire général.\n\nEnfin, Monsieur le Président, la France restera engagée aux côtés du peuple haïtien. Je vous remercie. "\n\n\n\nBookmark and Share\nBookmark and Share\nRss\nOrganisation des Nations Unies Présidence de la République France Diplomatie Union Européenne\n',
    );
    expect(statement.speaker).toBe("M. Jean-Paul de La Fontaine");
    expect(texts(statement).join("\n")).not.toMatch(/Bookmark|Présidence de la République France Diplomatie/);
    expect(texts(statement).at(-1)).toMatch(/Je vous remercie\. "$/);
  });

  it("names the speaker of “Prime Minister X’s speech to …” and drops a breadcrumb glued to a headline printed twice", () => {
    const possessive = read(
      "Prime Minister Ana Lindqvist’s speech to the UN General Assembly: 24 September 2024\n\nMr President, your excellencies,\n\nAt its foundation, this Organisation was a promise.\n\nWe must keep it.\n",
    );
    expect(possessive.statement.speaker).toBe("Ana Lindqvist");
    const glued = read(
      "HomeSwedenSpeech: UN Security Council session on Sudan – Foreign Minister statement\n\nSpeech: UN Security Council session on Sudan – Foreign Minister statement\n\nThe war in Sudan has driven millions from their homes. We must act now.\n\nSweden will do its part.\n",
    );
    expect(glued.statement.title).toBe("UN Security Council session on Sudan – Foreign Minister statement");
  });

  it("reads a foreign ministry's speech page: a carousel above it, guests ending on semicolons, a hall that is no speaker, greetings in two languages", () => {
    const carousel = read(
      "MENU\n  • 1 of 3 Frequently Asked Questions on Passports\n  • 2 of 3 This is a smoke-free workplace. Let's keep it that way.\n  • 3 of 3 RA 12345\n\nThe Secretary for Foreign Affairs' Remarks\n\nOn the Occasion of the New Year Reception for the Diplomatic Corps\n\n10 January 2025\n\nManila Bay Residences\n\nHis Excellency Archbishop Paolo Rossi, Apostolic Nuncio and Dean of the Diplomatic Corps,\n\nExcellencies,\n\nAt the outset, I thank you all for joining us tonight.\n\nThe year ahead will be busy for all of us.\n",
    );
    expect(carousel.statement.title).toBe("The Secretary for Foreign Affairs' Remarks");
    expect(carousel.statement.speaker).toBeUndefined();
    expect(texts(carousel.statement).join("\n")).not.toMatch(/smoke-free/);
    const semicolons = read(
      "Annual Dinner of the Friendship Society\n\n27 September 2013\n\nAmbassador John Carver, Board Co-Chair, my good friend, my thanks for the kind introduction;\n\nMembers of the Society’s Board of Trustees;\n\nDistinguished guests, ladies and gentlemen;\n\nMagandang gabi, good evening:\n\nI am honoured to address this dinner.\n\nOur two countries share a long history.\n",
    );
    expect(semicolons.statement.speaker).toBeUndefined();
    expect(roles(semicolons.statement)).toEqual([
      "salutation",
      "salutation",
      "salutation",
      "salutation",
      "body",
      "body",
    ]);
  });

  it("reads “… published Ambassador X's speech at …. The full text is as follows:” as a cue naming the speaker", () => {
    const { statement } = read(
      "On May 3, the website of the Permanent Mission published Ambassador Li Wen's speech at the Security Council meeting on Yemen. The full text is as follows:\n\nOver the past year, Yemen has seen some hope for peace.\n\nThe key is an inclusive political process.\n",
    );
    expect(statement.title).toBeUndefined();
    expect(statement.speaker).toBe("Ambassador Li Wen");
    expect(texts(statement)[0]).toBe("Over the past year, Yemen has seen some hope for peace.");
  });

  it("reads an EU delegation's lead (date, city, “Statement … by H.E. …,”) and keeps the opening thanks", () => {
    const { statement } = read(
      "EU Statement – UN General Assembly: Briefing by the President of the General Assembly on Priorities for the 79th UNGA\n\n14 January 2025, New York - Statement on behalf of the European Union and its Member States by H.E. Mr. Karl Weber, Ambassador, Deputy Head of the Delegation of the European Union to the United Nations, at the 79th Session of the United Nations General Assembly Informal meeting of the plenary to hear a briefing by the President of the General Assembly on priorities for the resumed part of the seventy-ninth session\n\nThank you, Mr President for this briefing and your presentation.\n\nI am delivering this statement on behalf of the EU and its Member States.\n\nMr President, the Organisation is under pressure.\n",
    );
    expect(statement.venue).toBe("New York");
    expect(statement.speaker).toBe("H.E. Mr. Karl Weber");
    expect(texts(statement)[0]).toBe("Thank you, Mr President for this briefing and your presentation.");
  });

  it("names the speaker a Spanish lead reports as having taken part", () => {
    const { statement } = read(
      "México interviene en el Consejo de Seguridad\n\nEl Representante Permanente de México ante Naciones Unidas, Andrés Salgado Ruiz, ha participado en el debate abierto sobre la protección de civiles\n\n14 de mayo de 2023\n\nSr. Presidente,\n\nMéxico agradece la convocatoria de este debate.\n\nLos civiles no pueden seguir pagando el precio de la guerra.\n",
    );
    expect(statement.speaker).toBe("Andrés Salgado Ruiz");
  });
});
