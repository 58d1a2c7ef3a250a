import { describe, expect, it } from "vitest";
import { parseStatement } from "../src/import/parse-statement.js";

const read = (text: string, filename = "s.txt") => parseStatement(text, { filename }).statement;

describe("header extraction", () => {
  it("takes 'by JAPAN' out of a title it ends, and keeps a title whole otherwise", () => {
    expect(read("Statement on Nuclear Security by JAPAN\n\nMr. President,\n\nText.")).toMatchObject({
      title: "Statement on Nuclear Security",
      delegation: "Japan",
    });
    expect(read("Statement by JAPAN\n\nMr. President,\n\nText.")).toMatchObject({
      title: "Statement by JAPAN",
      delegation: "Japan",
    });
    expect(
      read("Statement by the Republic of Korea at the Plenary\n\nMr. President,\n\nText."),
    ).toMatchObject({
      title: "Statement by the Republic of Korea at the Plenary",
      delegation: "Republic of Korea",
    });
  });

  it("reads a mission line, a speaker line and a venue-first date line", () => {
    const statement = read(
      "Permanent Mission of Japan to the United Nations\nH.E. Mr. YAMADA Jiro, Ambassador\nNew York, 25 October 2023\n\nMadam President,\n\nText.",
    );
    expect(statement).toMatchObject({
      delegation: "Japan",
      speaker: "H.E. Mr. YAMADA Jiro",
      venue: "New York",
      date: { start: "2023-10-25", text: "25 October 2023" },
    });
  });

  it("reads the person a later 'delivered by' names when the first 'by' names a delegation or group", () => {
    expect(
      read(
        "Statement by Chile at the Second Committee, delivered by Ambassador Rosa Quiroga, Permanent Representative of Chile [3 March 2024, New York]\n\nMr. Chair,\n\nText.",
      ),
    ).toMatchObject({ speaker: "Ambassador Rosa Quiroga", delegation: "Chile" });
    // A group's chair, the chair's country in brackets beside the name.
    expect(
      read(
        "Statement by the Group of 77 and China delivered by the Chair of the Group in Nairobi, H.E. Ambassador Amina Odhiambo (Kenya), at the Plenary (Nairobi, 2 May 2022)\n\nMr. President,\n\nText.",
      ),
    ).toMatchObject({ speaker: "H.E. Ambassador Amina Odhiambo", delegation: "Kenya" });
    // The dateline in square brackets at the title's end gives the date and the place.
    expect(
      read(
        "Statement by Chile at the Second Committee, delivered by Ambassador Rosa Quiroga, Permanent Representative of Chile [3 March 2024, New York]\n\nMr. Chair,\n\nText.",
      ),
    ).toMatchObject({ date: { start: "2024-03-03" }, venue: "New York" });
    // An office alone names no one.
    const office = read(
      "Statement by the Group of 77 and China delivered by the Chair of the Group, at the Plenary\n\nMr. President,\n\nText.",
    );
    expect(office.speaker).toBeUndefined();
  });

  it("reads a Japanese report page's lead for who spoke and where, and a minister by surname as Japan's", () => {
    const report = read(
      "国連外交\n高橋外務大臣の国連海洋会合出席\n令和7年6月10日\n現地時間6月9日(日本時間10日)、フランス・ニースを訪問中の高橋一郎外務大臣は、国連海洋会議に出席し、スピーチを行ったところ、概要は以下のとおりです。\n- 冒頭、高橋外務大臣から、海洋の持続可能な利用が重要であると述べました。\n- 最後に、高橋外務大臣から、各国と協力していく旨述べました。",
    );
    expect(report).toMatchObject({
      speaker: "高橋一郎外務大臣",
      delegation: "Japan",
      date: { start: "2025-06-09" },
    });
    // Another country's minister is named with the country: not Japan's.
    const visit = read(
      "韓国外務大臣の来日\n令和7年6月10日\n6月10日、来日中の韓国外務大臣は、東京で講演を行ったところ、概要は以下のとおりです。\n- 地域の協力について述べました。",
    );
    expect(visit.delegation).toBeUndefined();
  });

  it("joins a hard-wrapped title cut after a word that cannot end it, and takes no bare honorific for a name", () => {
    const statement = read(
      "Statement by Ambassador , UK Permanent\nRepresentative to the UN, at the UN Security Council meeting on\nYemen.\nThank you, President.\nWe thank the Special Envoy for his briefing.",
    );
    expect(statement.title).toBe(
      "Statement by Ambassador , UK Permanent Representative to the UN, at the UN Security Council meeting on Yemen.",
    );
    expect(statement).toMatchObject({ delegation: "United Kingdom" });
    expect(statement.speaker).toBeUndefined();
  });

  it("reads the styled name after an office in a title set in capitals, and the city run into the meeting", () => {
    const statement = read(
      "STATEMENT BY HON'BLE EXTERNAL AFFAIRS MINISTER, MRS. ANITA ROY AT THE GENERAL DEBATE OF THE 71ST SESSION OF THE UNITED NATIONS GENERAL ASSEMBLY NEW YORK SEPTEMBER 26, 2016\n\nMr. President,\n\nText.",
    );
    expect(statement).toMatchObject({
      title:
        "STATEMENT BY HON'BLE EXTERNAL AFFAIRS MINISTER, MRS. ANITA ROY AT THE GENERAL DEBATE OF THE 71ST SESSION OF THE UNITED NATIONS GENERAL ASSEMBLY",
      speaker: "MRS. ANITA ROY",
      venue: "New York",
      date: { start: "2016-09-26" },
    });
    // "FOR FOREIGN AFFAIRS" is part of the office, not a "for <country>" that ends it.
    expect(
      read(
        "STATEMENT BY THE MINISTER FOR FOREIGN AFFAIRS, DR. JANE NDUNGU, AT THE GENERAL DEBATE\n\nMr. President,\n\nText.",
      ).speaker,
    ).toBe("DR. JANE NDUNGU");
    // A capitalised title naming no one after the office takes no speaker from it.
    expect(
      read("STATEMENT BY THE MINISTER FOR FOREIGN AFFAIRS AT THE GENERAL DEBATE\n\nMr. President,\n\nText.")
        .speaker,
    ).toBeUndefined();
  });

  it("joins a debate's quoted theme broken over blocks, but not a line whose ‘ is a letter", () => {
    const statement = read(
      "General Assembly Security Council\n\nUNSC Open Debate on\n\n‘Climate and security:\n\nManaging the risks together’\n\n12 May 2022\n\nMr. President,\n\nText.",
    );
    expect(statement.title).toBe("UNSC Open Debate on ‘Climate and security: Managing the risks together’");
    // The site's section and subsection run together are no meeting.
    expect(statement.meeting).toBeUndefined();
    // Tongan writes its glottal stop as ‘: the greeting above the address is not a quotation going on.
    const tongan = read(
      "Statement on the occasion of the General Debate\n\n26 September 2024\n\nTapu mo e ‘Otua Mafimafi\n\nMr. President, Malo e Lelei\n\nWe bring warm greetings from Tonga.",
    );
    expect(tongan.body[0]).toMatchObject({ runs: [{ text: "Mr. President, Malo e Lelei" }] });
  });

  it("reads a page's Location field and a room line as the place, never as the meeting", () => {
    const labelled = read(
      "Security Council Open Debate on Youth\n\nMonday, 3 April 2023\nPresenter: \nH.E. MS. ANA REYES, Chargé d’affaires, a.i., Permanent Mission of the Republic of the Philippines to the United Nations\nLocation: \nUN Headquarters, NY\n\nMr. President,\n\nText.",
    );
    expect(labelled).toMatchObject({
      speaker: "H.E. MS. ANA REYES",
      delegation: "Philippines",
      venue: "New York",
    });
    expect(labelled.meeting).toBeUndefined();
    const room = read(
      "Plenary Meeting of the General Assembly on Youth\n\n3 April 2023\nUN General Assembly Hall, United Nations Headquarters, New York\n\nMr. President,\n\nText.",
    );
    expect(room.venue).toBe("New York");
    expect(room.meeting).toBeUndefined();
  });

  it("goes on with a wrapped title in lower case, and with a meeting cut after a preposition", () => {
    const statement = read(
      "Statement before the General Assembly Joint Debate on\nAgenda Item 9 on the Report of the Council and Agenda\nitem 122 on Council Reform and\nRelated Matters\n13 November 2007\n\nMr. President,\n\nText.",
    );
    expect(statement.title).toBe(
      "Statement before the General Assembly Joint Debate on Agenda Item 9 on the Report of the Council and Agenda item 122 on Council Reform and Related Matters",
    );
    // A "delivered by" line under a label is the byline, not the label's words going on.
    expect(
      read(
        "AOSIS Statement\ndelivered by H.E. Mr. Tom Baker,\nPermanent Representative of Tuvalu\n\nMr. President,\n\nText.",
      ).speaker,
    ).toBe("H.E. Mr. Tom Baker");
    expect(
      read(
        "Philippine Statement\n\nduring the 13th Informal Meeting of the Plenary on\n\nSecurity Council reform\n\n7 April 2009\n\nThank you, Mr. Chairperson.\n\nText.",
      ).meeting,
    ).toBe("13th Informal Meeting of the Plenary on Security Council reform");
  });

  it("keeps the whole office before a name in a byline, less a country, and drops the page's date in brackets", () => {
    const statement = read(
      "Speech by Federal Foreign Minister Karl Brandauer to the General Assembly (27.09.12)\n\n27.09.2012 - Speech\n\nMr President,\n\nText.",
    );
    expect(statement).toMatchObject({
      title: "Speech by Federal Foreign Minister Karl Brandauer to the General Assembly",
      speaker: "Federal Foreign Minister Karl Brandauer",
    });
    expect(read("Statement by Japan Foreign Minister Taro Kono\n\nMr. President,\n\nText.")).toMatchObject({
      speaker: "Foreign Minister Taro Kono",
      delegation: "Japan",
    });
    // A bracketed date that is not the page's stays in the title.
    expect(
      read(
        "Speech by Foreign Minister Anna Berg on the 1990 Treaty (03.10.90)\n\n27.09.2012\n\nMr President,\n\nText.",
      ).title,
    ).toBe("Speech by Foreign Minister Anna Berg on the 1990 Treaty (03.10.90)");
  });

  it("reads a Korean board page: its page label, its view-details heading and its posting date", () => {
    const statement = read(
      "Minister 상세보기\n\n[Incumbent] Remarks at the Opening of the Forum\n\nDate\n2022-06-09\nHit\n120\n\nRemarks by\nH.E. Park Min-seo\nMinister of Foreign Affairs of the Republic of Korea\n\nThe Forum\n8 June 2022\n\nExcellencies,\n\nText.",
    );
    expect(statement).toMatchObject({
      title: "Remarks at the Opening of the Forum",
      speaker: "H.E. Park Min-seo",
      date: { start: "2022-06-08" },
    });
  });

  it("takes one short bullet line above everything for the site's, and ends a name at “Ambassador for”", () => {
    const statement = read(
      "• 검색 결과가 없습니다.\n\nCopied!\n\nStatement by\n\nH.E. Yoon Seo-jin Ambassador for Disarmament Affairs\n\nRepublic of Korea\n\nGeneva, Switzerland\n\n12 March 2013\n\nThank you, Mr. President.\n\nText.",
    );
    expect(statement).toMatchObject({
      speaker: "H.E. Yoon Seo-jin",
      delegation: "Republic of Korea",
      date: { start: "2013-03-12" },
    });
    // A list of sentences first is the text itself.
    expect(read("• We welcome the report.\n• We support its findings.\n\nThank you.").body[0]).toMatchObject({
      type: "list",
    });
  });

  it("reads the date and place after a dash closing a long headline, and “Programme Director,” as an address", () => {
    const statement = read(
      "Statement by Deputy Minister Anna Dube, Deputy Minister of International Relations and Cooperation at a Seminar on Ocean Governance: Our priorities for the Indian Ocean - 14 March 2018, Durban.\n\nProgramme Director,\n\nThank you for joining us today.",
    );
    expect(statement).toMatchObject({
      title:
        "Statement by Deputy Minister Anna Dube, Deputy Minister of International Relations and Cooperation at a Seminar on Ocean Governance: Our priorities for the Indian Ocean",
      date: { start: "2018-03-14" },
      venue: "Durban",
    });
    expect(statement.body[0]).toMatchObject({ role: "salutation", runs: [{ text: "Programme Director," }] });
  });

  it("takes a lone transcript label off the text, and an office-and-name headline as the title", () => {
    const statement = read(
      "Official websites use .gov\n\nSecure .gov websites use HTTPS\n\nSecretary Anna Berg at a Press Availability\n\nSeptember 22, 2023\n\nSECRETARY BERG:  Well, good afternoon, everyone.\n\nWe came into this week clear-eyed about the stakes.",
    );
    expect(statement).toMatchObject({
      title: "Secretary Anna Berg at a Press Availability",
      speaker: "Secretary Anna Berg",
    });
    expect(statement.body[0]).toMatchObject({ runs: [{ text: "Well, good afternoon, everyone." }] });
    // With a second voice the labels stay: they tell the turns apart.
    const briefing = read(
      "Press Briefing\n\nMay 2, 2023\n\nMR SMITH:  Good afternoon, everyone.\n\nQUESTION:  Thank you. On Sudan, what is the plan?\n\nMR SMITH:  We are working on it.",
    );
    expect(briefing.body[0]).toMatchObject({ runs: [{ text: "MR SMITH:  Good afternoon, everyone." }] });
  });

  it("starts an Arabic repost's text after its full-text cue, and reads the country whose representative speaks", () => {
    const statement = read(
      "عنوان الخبر\nتولت الجزائر اليوم رئاسة مجلس الأمن الدولي لمدة شهر.\nالنص الكامل لكلمة ممثل الجزائر الدائم لدى الأمم المتحدة\nيشرفني أن أتحدث إليكم اليوم.\nشكرا.",
    );
    expect(statement.delegation).toBe("Algeria");
    expect(statement.body[0]).toMatchObject({ runs: [{ text: "يشرفني أن أتحدث إليكم اليوم." }] });
  });

  it("parts a cover run into the first paragraph from the text at the chair's address", () => {
    const statement = read(
      "Source: Human Rights Council, Fifth Session June 12, 2007 General Debate Ghana on behalf of the African Group Thank you, Mr. President. I am speaking on behalf of the African Group.",
    );
    expect(statement).toMatchObject({
      date: { start: "2007-06-12" },
      delegation: "Ghana",
      meeting: "Human Rights Council, Fifth Session",
    });
    expect(statement.body[0]).toMatchObject({
      runs: [{ text: "Thank you, Mr. President. I am speaking on behalf of the African Group." }],
    });
    // A first sentence that only names the chair later is the text itself.
    const spoken = read(
      "We thank the Special Rapporteur for his report. As you know, Mr. President, we have long supported this mandate.",
    );
    expect(spoken.body[0]).toMatchObject({
      runs: [
        {
          text: "We thank the Special Rapporteur for his report. As you know, Mr. President, we have long supported this mandate.",
        },
      ],
    });
  });

  it("reads a byline's office then name, a city and country without a comma, an address naming office holders, and a photo caption's speaker", () => {
    const statement = read(
      "Statement to the General Conference\n\nVienna Austria\n\nby Federal President of Austria, Dr. Karl Reindl\n\nMr. President (Ambassador Okafor, Nigeria), Director General (Dr. Marsh), Excellencies,\n\nIt is a pleasure to welcome you.",
    );
    expect(statement).toMatchObject({ speaker: "Dr. Karl Reindl", venue: "Vienna", delegation: "Austria" });
    expect(statement.body[0]).toMatchObject({ role: "salutation" });
    const captioned = read(
      "Statement to the Sixty-Third General Conference\n\nIAEA Acting Director General Anna Berg. (Photo: D. Smith/IAEA)\n\nMadam President,\n\nI welcome all of you.",
    );
    expect(captioned.speaker).toBe("IAEA Acting Director General Anna Berg");
  });

  it("reads a Spanish address block as the salutation, not the title", () => {
    const statement = read(
      'Discurso completo del Presidente:\n\n"Estimado Secretario General, estimado Presidente, miembros de esta honorable Asamblea:\n\nVengo a esta Asamblea en nombre de mi pueblo.',
    );
    expect(statement.title).toBeUndefined();
    expect(statement.body[0]).toMatchObject({ role: "salutation" });
  });

  it("parts a cover run into a paragraph under a blog's date and headline, separator and all", () => {
    const statement = read(
      "mercoledì 23 settembre 2020\n\nCardinal Rossetti at the Summit\n\nStatement of the Holy See at the Summit on Biodiversity 22 September 2020 *** Madam President, I am pleased to take part.",
    );
    expect(statement.delegation).toBe("Holy See");
    expect(statement.body[0]).toMatchObject({
      runs: [{ text: "Madam President, I am pleased to take part." }],
    });
  });

  it("reads a meeting line printed twice, once with its dateline, as one meeting", () => {
    const statement = read(
      "OSCE Permanent Council No.1501 Vienna, 12 December 2024\n\nOSCE Permanent Council No.1501 Vienna, 12 December 2024\n\nEU Statement on human rights defenders\n\nMr Chair,\n\nText.",
    );
    expect(statement).toMatchObject({ meeting: "OSCE Permanent Council No.1501", venue: "Vienna" });
  });

  it("never takes a mission's accreditation line (countries only) as the title", () => {
    const statement = read(
      "Australian Permanent Mission and Consulate-General\nSwitzerland, Liechtenstein\n\nStatement by Australia\n\n2 May 2016\n\nMr President,\n\nText.",
    );
    expect(statement.title).not.toBe("Switzerland, Liechtenstein");
    expect(statement.delegation).toBe("Australia");
  });

  it("takes what was said at a session as the title and the session line as the meeting", () => {
    expect(
      read(
        "Human Rights Council – 40th session\nItem 3 – Interactive Dialogue with the Special Rapporteur on the situation of\nhuman rights defenders\nStatement by Luxembourg\n\nMr. President,\n\nText.",
      ),
    ).toMatchObject({
      title:
        "Item 3 – Interactive Dialogue with the Special Rapporteur on the situation of human rights defenders",
      meeting: "Human Rights Council – 40th session",
    });
    // An item number alone is still only part of the meeting.
    expect(
      read(
        "Human Rights Council - 25th Regular Session\nItem 2\nInteractive Dialogue with the High Commissioner\n\n6 March 2014\n\nText of the statement.",
      ),
    ).toMatchObject({
      title: "Interactive Dialogue with the High Commissioner",
      meeting: "Human Rights Council - 25th Regular Session — Item 2",
    });
  });

  it("reads no speaker from a site section's name above a headline naming an office", () => {
    const statement = read(
      "United Nations\n\nJoint statement at the Interactive Dialogue with the President of the Human Rights Council delivered by Australia, 2 November 2022\n\nThank you Chair.\n\nText.",
    );
    expect(statement.speaker).toBeUndefined();
    expect(statement.delegation).toBe("Australia");
  });

  it("starts the statement at a thanks in the chair's language and at a both-ways address", () => {
    const spanish = read(
      "Statement by the Netherlands, New York 14 November 2014\n\nGracias, señor Presidente\n\nWe thank the presidency.",
    );
    expect(spanish.body[0]).toMatchObject({
      role: "salutation",
      runs: [{ text: "Gracias, señor Presidente" }],
    });
    const both = read("Statement on Sudan\n\nMr./Ms. President,\n\nWe are concerned.");
    expect(both.body[0]).toMatchObject({ role: "salutation", runs: [{ text: "Mr./Ms. President," }] });
  });

  it("takes the headline, not the page title with the site's name after a dash, and a possessive delegation", () => {
    expect(
      read(
        "Kingdom of the Netherlands' Statement on women and peace and security - PR UN New York\nKingdom of the Netherlands' Statement on women and peace and security\n\nMr. President,\n\nText.",
      ),
    ).toMatchObject({
      title: "Kingdom of the Netherlands' Statement on women and peace and security",
      delegation: "Kingdom of the Netherlands",
    });
  });

  it("keeps a dated byline sentence above a text with no address out of the text", () => {
    const statement = read(
      "SC: Wrap up session\n\nComments by Ambassador Ada Berg in the wrap up session of the Presidency, 30 June 2022.\n\nThank you Ferit for bringing us together at the end of a long and busy month for the Council.\n\nLet me pick out the three files where our work this month will matter for a long time.",
    );
    expect(statement.date?.start).toBe("2022-06-30");
    expect(statement.body[0]).toMatchObject({
      runs: [
        {
          text: "Thank you Ferit for bringing us together at the end of a long and busy month for the Council.",
        },
      ],
    });
  });

  it("takes the speaker's own country from the end of the list it speaks for", () => {
    const statement = read(
      "Mr. President,\n\nI speak on behalf of the Nordic countries: Denmark, Finland, Iceland, Sweden, and my own country, Norway.\n\nText.",
    );
    expect(statement.delegation).toBe("Norway");
  });

  it("takes the date in brackets off the end of a headline when it is the statement's date", () => {
    const statement = read(
      "Open debate of the Security Council “Protecting schools from attack” (12 July 2016)\n\nStatement by Mr. Tahir Qureshi Acting Permanent Representative of Pakistan to the United Nations\n\nMr. President,\n\nText.",
    );
    expect(statement.title).toBe("Open debate of the Security Council “Protecting schools from attack”");
    expect(statement.date?.start).toBe("2016-07-12");
  });

  it("keeps a numbered first paragraph of thanks that mentions remarks, and drops a site's migration notice", () => {
    const statement = read(
      "STATEMENT BY AMBASSADOR ELAINE TAN, PERMANENT REPRESENTATIVE OF SINGAPORE TO THE UN, 9 FEBRUARY 2024\n9 February 2024\nThis article has been migrated from an earlier version of the site and may display formatting inconsistencies.\n1 Thank you very much, Madam President. I thank the Chair for his remarks and for presenting the report.\nMdm President,\n2 Small states know that peace is never won once and for all, and has to be sustained year after year.",
    );
    const texts = statement.body.map((block) => (block.type === "paragraph" ? block.runs[0]?.text : ""));
    expect(texts[0]).toContain("I thank the Chair for his remarks");
    expect(texts.join(" ")).not.toContain("migrated");
  });

  it("reads the name after a run of offices in a byline, not the offices cut short", () => {
    expect(
      read(
        "Speech by Senior Minister of State In the Prime Minister’s Office and Senior Minister of State for Foreign Affairs Dr Lim Wei Ming during the Committee of Supply Debates, 4 March 2025\n\n1 Mr Chairman, I thank Members for their questions.\n\n2 Singapore will keep working with its neighbours.",
      ).speaker,
    ).toBe("Dr Lim Wei Ming");
  });

  it("reads a news report's dateline city, a cue at the end of a news paragraph, and drops a newsletter promotion", () => {
    const statement = read(
      "New York, 14 April 2022 (GDR): Ambassador Ronaldo Costa of Brazil gave a statement at the open debate.\n\nThe Council met for a full day on the question. Here is the full statement:\n\nMr. President,\n\nBrazil thanks the Special Representative for her briefing today.\n\nThank you, Mr. President.\n\nCheck out our Americas Report, our new weekly newsletter. Subscribe here!",
    );
    expect(statement.venue).toBe("New York");
    const texts = statement.body.map((block) => (block.type === "paragraph" ? block.runs[0]?.text : ""));
    expect(texts.join(" ")).not.toMatch(/full statement|Subscribe/);
  });

  it("takes a title's own date over a page's posting date up to a month later", () => {
    expect(
      read(
        "Thursday, September 9, 2021\n\nIntervention du délégué de la France au Conseil de Sécurité 07 Sept. 2021\n\nMadame la Présidente,\n\nJe remercie les intervenants.",
      ).date?.start,
    ).toBe("2021-09-07");
    // A page date earlier than the title's, or long after it, is left as it was.
    expect(
      read(
        "Thursday, September 9, 2021\n\nStatement on the anniversary of 7 March 2021\n\nMr. President,\n\nText of the statement.",
      ).date?.start,
    ).toBe("2021-09-09");
  });

  it("reads a digest's numbered headline above the address as the header, not a list in the text", () => {
    const statement = read(
      "3. Nations unies - Yémen - Intervention de Mme Nathalie Broadhurst, représentante permanente adjointe de la France auprès des Nations unies (New York, 14/03/2022)\n\nMadame la Présidente,\n\nJe remercie l'Envoyé spécial.",
    );
    expect(statement.body.some((block) => block.type === "list")).toBe(false);
    expect(statement.delegation).toBe("France");
  });

  it("ends a capitals headline at its date and reads a bare name in the stacked byline under it", () => {
    expect(
      read(
        "STATEMENT : OPEN DEBATE ON CHILDREN AND ARMED CONFLICT, 26 JUNE 2023\nSTATEMENT BY\nAZLINA BINTI MOHD RAZALI\nPERMANENT MISSION OF MALAYSIA TO THE UNITED NATIONS\n26 JUNE 2023\nMr. President,\nMalaysia thanks the presidency for convening this debate today.",
      ),
    ).toMatchObject({
      title: "STATEMENT : OPEN DEBATE ON CHILDREN AND ARMED CONFLICT",
      speaker: "AZLINA BINTI MOHD RAZALI",
    });
    // A country's possessive before the office is no name.
    expect(
      read(
        "STATEMENT BY ITALY’S PERMANENT REPRESENTATIVE TO THE UN AT THE SECURITY COUNCIL\n\nThank you Mr. President,\n\nItaly aligns itself with the European Union.",
      ).speaker ?? "",
    ).not.toMatch(/ITALY/);
  });

  it("reads a speaker styled in the Malaysian way and drops an aggregator's cut headline", () => {
    const statement = read(
      "STATEMENT BY Y.B. DATO' SRI AMRAN BIN ISMAIL DEPUTY MINISTER OF FOREIGN AFFAIRS, MALAYSIA AT THE CONFERENCE ON[...]\n\nSTATEMENT BY\n\nY.B. DATO' SRI AMRAN BIN ISMAIL\n\nDEPUTY MINISTER OF FOREIGN AFFAIRS, MALAYSIA\n\n14 MARCH 2025, GENEVA\n\nMr. President,\n\nMalaysia remains convinced that elimination is the only guarantee.",
    );
    expect(statement.speaker).toBe("Y.B. DATO' SRI AMRAN BIN ISMAIL");
    expect(statement.title).not.toContain("[...]");
  });

  it("takes the delegation from a president speaking in their national capacity", () => {
    expect(
      read(
        "Statement by Ambassador Byrne Nason at the open debate\n\nI shall now make a statement in my capacity as the representative of Ireland.\n\nI thank the briefers for their very clear words today.",
      ).delegation,
    ).toBe("Ireland");
  });

  it("reads the name after an office whose country is in the possessive", () => {
    expect(
      read(
        "Remarks of Chile’s Permanent Representative to the United Nations, Tomás Ibarra\n\nMr. President,\n\nChile thanks the Emergency Relief Coordinator for her briefing.",
      ).speaker,
    ).toBe("Tomás Ibarra");
  });

  it("reads France from a first counsellor's office in a French headline", () => {
    expect(
      read(
        "Intervention de M. Julien Marchetti, Premier Conseiller de la France auprès des Nations unies\n\nJe remercie l'Ambassadrice et son équipe pour une présidence menée avec rigueur.",
      ).delegation,
    ).toBe("France");
  });

  it("reads a name before the mission it serves in a byline", () => {
    expect(
      read(
        "Statement by Helen Marsh of the UK Mission to the UN at the Arria meeting\n\nThank you, Chair.\n\nText.",
      ),
    ).toMatchObject({ speaker: "Helen Marsh", delegation: "United Kingdom" });
  });

  it("leaves a wrapped first paragraph whole when there is no header", () => {
    const statement = read("Japan welcomes the adoption\nof this resolution by consensus.\n\nThank you.");
    expect(statement.title).toBeUndefined();
    expect(statement.body[0]).toEqual({
      type: "paragraph",
      role: "body",
      runs: [{ text: "Japan welcomes the adoption of this resolution by consensus." }],
    });
  });

  it("takes a headline above the address as the title and says so; a lone short text stays text", () => {
    const result = parseStatement("Some unrelated note\n\nMr. Chair,\n\nText.\n\nThank you, Mr. Chair.", {
      filename: "s.txt",
    });
    expect(result.statement.title).toBe("Some unrelated note");
    expect(result.explanation?.fields.find((field) => field.field === "title")).toMatchObject({
      line: 1,
      rule: "headline above the statement",
    });
    expect(result.statement.meeting).toBeUndefined();
    expect(result.statement.body.map((block) => block.type === "paragraph" && block.role)).toEqual([
      "salutation",
      "body",
      "closing",
    ]);
    expect(read("Text.").body).toEqual([{ type: "paragraph", role: "body", runs: [{ text: "Text." }] }]);
  });

  it("reads a page stamp with its time as a date line, so the header above it stays a header", () => {
    // The notice is a sentence of over twelve words: had the stamp not counted as a date line,
    // the statement would begin at the notice and the title and stamp would be text.
    const notice =
      "All the documents listed on this page are provided in their original language and format only.";
    for (const stamp of [
      "10 June 2009 / 10:51",
      "12.03.2024 - 09:00",
      "12 March 2024 10:00 GMT+1",
      "12 March 2024 · 10:00",
      "Geneva, 3 March 2022 | 15:30 CET",
    ]) {
      const statement = read(
        `${notice}\nElection of the Chair of the Second Committee\n${stamp}\n\nMr. President,\n\nWe speak today.`,
      );
      expect(statement.title, stamp).toBe("Election of the Chair of the Second Committee");
      expect(statement.date?.start, stamp).toMatch(/^20\d\d-\d\d-\d\d$/);
      expect(statement.body, stamp).toHaveLength(2);
    }
  });

  it("joins Japanese lines without a space and English lines with one", () => {
    const statement = read("議長、\n\n日本は\n支持します。\n\nご清聴ありがとうございました。");
    expect(statement.body[1]).toEqual({
      type: "paragraph",
      role: "body",
      runs: [{ text: "日本は支持します。", lang: "ja" }],
    });
    expect(statement.language).toBe("ja");
  });
});
