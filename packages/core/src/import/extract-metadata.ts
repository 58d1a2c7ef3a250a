// Import stage: header lines of drafts → title, meeting, date, venue, speaker, delegation.
// Header lines no rule reads are reported and kept out of the text; unstated fields stay empty.

import { isRealDay, MONTH_PATTERN, monthNumber, toIso } from "../dates/calendar.js";
import { findDate, mayHoldDate } from "../dates/parse-date-text.js";
import type { Warning } from "../errors.js";
import type { Statement, StatementDate } from "../statement/statement-schema.js";
import { allMatches, nativeOnFirstUse } from "../text/native-regexps.js";
import { isMostlyJapanese } from "../text/script.js";
import {
  type Country,
  capitalNamed,
  countryDeliveringForeignTitle,
  countryNamed,
  countryOfAdjective,
  delegationName,
  findCountries,
  namesOnlyCountries,
} from "./countries.js";
import { type DelegationEvidence, delegationDelivering, delegationInHeader } from "./delegation.js";
import { type Draft, draftText, lineText, PARAGRAPH_NUMBER } from "./draft.js";
import { type DroppedLine, type FieldOrigin, shorten } from "./explanation.js";
import { isAddressLine, isClosingThanks, isOpeningThanks } from "./paragraph-roles.js";

/** The fields a statement's header lines can give. */
export type Metadata = Pick<
  Statement,
  "title" | "titleJa" | "meeting" | "venue" | "date" | "speaker" | "delegation"
>;

const KIND =
  "(?:(?:Joint|General|National|Opening|Closing|Keynote|Concluding|Introductory|Welcome|Welcoming|Press|Video|Written|Oral)\\s+)*(?:Statement|Remarks|Address|Speech|Greetings|Intervention|Explanation of (?:Vote|Position)(?:\\s+(?:before|after) (?:the )?vote)?|EoV|Briefing|Message|Declaration|Observations|Déclaration|Discours|Allocution|Declaración|Intervención|Discurso|Palabras|Intervento|Discorso|Dichiarazione|Intervenção|Declaração|Rede|Erklärung|Ansprache|Stellungnahme|Выступление|Заявление|Виступ|Заява|Промова|Речь|كلمة|بيان)";
/** A Chinese or Korean title ends with the kind of text: "…上的发言", "…講話", "…발언". */
const CJK_KIND = "(?:发言|發言|讲话|講話|致辞|致辭|声明|聲明|演讲|演講|发言稿|發言稿|발언|연설|성명)";
/**
 * A title line: it names the kind of text, at its start or as "UK statement at …", or ends with it
 * in Chinese or Korean. At the start, the kind ends where letters do: \b sees no boundary after a
 * Cyrillic or Arabic letter.
 */
const TITLE = new RegExp(
  `^(?:Right of )?(?:Reply|Response) to\\s|^${KIND}(?!\\p{L})|[’']s\\s+(?:[\\p{L}-]+\\s+)?${KIND}\\b|^(?:[\\p{Lu}][\\p{L}'’.-]*\\s+){1,4}${KIND}\\b|(?:[:–—|]|\\s-)\\s*(?:[\\p{Lu}][\\p{L}'’.-]*\\s+){0,3}${KIND}\\b|\\b${KIND}\\s+(?:by|of|on behalf of|delivered)\\b|\\p{Script=Han}${CJK_KIND}\\s*$|\\p{Script=Hangul}\\s*${CJK_KIND}\\s*$`,
  "iu",
);
/** Dates a dateline with its place ("New York, 8 October 2008") replaces: page stamps and stray dates. */
const WEAK_DATE_RULES = new Set([
  "date line",
  "page timestamp",
  "date in a header line",
  "date in a sentence above the statement",
  "page's date field",
]);
/** A line whose first words name the kind of text ("German statement for …", "Remarks at …"). */
const TITLE_OPENS = new RegExp(`^(?:[\\p{Lu}][\\p{L}'’.-]*\\s+){0,3}${KIND}\\b`, "u");
/** "India Statement", "UK statement": a kind of text and at most three words before it. */
const KIND_ALONE = new RegExp(`^(?:\\S+\\s+){0,3}${KIND}$`, "iu");
/** Only "Statement by …" / "delivered by …" name who speaks; "supported by Iceland" does not. */
const SPOKEN_BY = new RegExp(
  `^(.*?\\b(?:${KIND}|delivered|made|presented|given)\\b.*?)(?<!\\b(?:supported|endorsed|co-?sponsored|sponsored|joined|signed|adopted|organi[sz]ed|hosted|chaired|convened|proposed|submitted|moderated|called|requested|initiated|presided))\\s+by\\s+(.+)$`,
  "iu",
);
/** "Statement by …", "Remarks delivered by …": a title or the page's summary line, never the text. */
const TITLE_BY = new RegExp(`^${KIND}\\s+(?:(?:as\\s+)?delivered\\s+)?(?:by|of)\\s`, "i");
const TITLE_JA =
  /(?:ステートメント|スピーチ|演説|発言|挨拶|あいさつ|談話|声明|メッセージ|祝辞|式辞|所感|发言|發言|讲话|講話|致辞|致辭|聲明|演讲|演講)/u;
const BARE_TITLE = new RegExp(`^${KIND}$`, "i");
const KIND_BY_ALONE = new RegExp(`^${KIND}\\s+(?:(?:as\\s+)?delivered\\s+)?(?:by|of)\\s*:?$`, "i");
/**
 * "上川外務大臣の国連未来サミット閣僚級準備会合出席": a ministry's page about what someone did at a
 * meeting is titled by the act; a line that only names the meeting ("国連総会第78回会期") is not.
 */
// "…の出席", and an occasion a speech is given at: "日・ASEAN特別首脳会議歓迎夕食会", "…祝賀レセプション".
const JA_EVENT_TITLE =
  /の.{2,40}(?:出席|参加|訪問|会談|出張)$|.{2,60}(?:夕食会|昼食会|晩餐会|午餐会|朝食会|レセプション|歓迎会|祝賀会|懇親会|記念式典|式典|開会式|閉会式|授賞式)$/u;
const HONORIFIC =
  /^(?:H\.\s?E\.?|HE|S\.E\.|Y\.\s?B\.|Yang Berhormat|Tan Sri|Dato['’]?\s+Seri|Datuk\s+Seri|Dato['’]|Datuk|His Excellency|Her Excellency|His Eminence|Archbishop|Monsignor|Msgr\.?|His Royal Highness|Her Royal Highness|HRH|His Highness|Her Highness|H\.H\.|Ambassador|Amb\.|Minister|State Minister|Deputy Minister|Vice[- ]Minister|(?:Deputy |Alternate )?Permanent Representative|Deputy|Counsell?or|(?:First|Second|Third) Secretary|Minister[- ]Counsell?or|Mr\.?|Ms\.?|Mrs\.?|Miss|Dr\.?|Prof\.?|Professor|Dame|Sir|Lord|Lady|Baroness|Senator|The (?:Rt\.? )?Hon(?:ou?rable|\.)?|Hon\.|Rt\.? Hon\.?|Right Honou?rable|Prime Minister|Foreign Minister|Secretary of State|Legal Adviser|Chargé d['’]affaires|L['’]honorable|Embajador|Embajadora|Excmo\.|Excma\.|Su Excelencia|Son Excellence|Ambassadeur|Ambassadrice|His Majesty|Her Majesty|King|Queen|Crown Prince|Prince|Princess|Sheikh|Sheikha|Emir|Sultan|Samdech|Maître|Honou?rable|Ministro|Ministra|Canciller|Sottosegretario|Sottosegretaria|Staatssekretär(?:in)?|Bundesminister(?:in)?)\s/;
/** A title in capitals names its speaker with the honorific in capitals too ("BY MR MATTHEW CHAN, …"). */
const HONORIFIC_CAPS =
  /^(?:H\.\s?E\.?|Y\.\s?B\.|TAN SRI|DATO['’]?\s+SERI|DATUK\s+SERI|DATO['’]|DATUK|HIS EXCELLENCY|HER EXCELLENCY|AMBASSADOR|MR\.?|MS\.?|MRS\.?|DR\.?|PROF\.?|MINISTER|DEPUTY MINISTER|HON\.?|THE HONOU?RABLE|(?:THE )?RIGHT HONOU?RABLE|(?:THE )?RT\.? HON\.?|SENATOR|DAME|SIR)\s/;
const MEETING =
  /\b(?:Meetings?|Session|Committee|Council|Conference|Assembly|Convention|Forum|Summit|Dialogue|Debate|Working Group|Agenda item|Item \d|Symposium|Review|Plenary|Segment|Board of Governors|Commission|Intersessional|Open[- ]ended|Group of (?:Governmental )?Experts|High[- ]level|Panel|Roundtable|Round table|Consultations?)\b|総会|委員会|会合|会議|理事会|議題|サミット|対話|討論/iu;
const SPEAKER_LINE =
  /^(?:(?:statement\s+|speech\s+|remarks\s+)?(?:as\s+)?delivered by\s*:?|speaker\s*[:：]|presenter\s*[:：]|presented by|read by|by|(?:the|this)\s+(?:joint\s+)?(?:statement|speech|intervention|address)\s+(?:was|is|will be)\s+(?:delivered|read(?:\s+out)?|made|presented|given)\s+by)\s+(.+)$/i;
/** A speaker's name and office run together before による in a Japanese title. */
const SPEAKER_BY_JA =
  /([\p{Script=Han}々\p{Script=Katakana}ー・]{2,40}(?:大臣|大使|総領事|代表|政務官|審議官|報道官|首相|総理|補佐官|公使|参事官|書記官|議長|局長))による/u;
const SPEAKER_JA =
  /(?:[\p{Script=Han}々]{1,4}|[\p{Script=Katakana}ー・]{2,20})(?:内閣総理大臣|総理大臣|総理補佐官|外務大臣政務官|外務副大臣|外務大臣|副大臣|大臣政務官|政務官|大臣|首相|次席代表|常駐代表|特命全権大使|大使|総領事|代表|公使|参事官|審議官|局長|外務報道官|報道官|議長)(?=[^、。]{0,12}?(?:ステートメント|スピーチ|演説|発言|挨拶|あいさつ|談話|声明|メッセージ))/u;
const JA_OFFICE =
  "(?:内閣総理大臣|総理大臣|外務大臣政務官|外務副大臣|外務大臣|副大臣|大臣政務官|政務官|大臣|首相|次席常駐代表|常駐代表|次席代表|特命全権大使|大使|総領事|公使|参事官|審議官|局長|外務報道官|報道官)";
/** A photo caption under a ministry's headline: what someone does, then who (an office at the end). */
const PHOTO_CAPTION_JA = new RegExp(
  `^.{1,40}?(?:する|行う|読み上げる|臨む)(?<who>[\\p{Script=Han}々\\p{Script=Katakana}ー・]{0,8}?${JA_OFFICE})$`,
  "u",
);
/** …and the act is the statement: the caption names the speaker. */
const SPEECH_ACT_JA = /(?:ステートメント|スピーチ|演説|発言|挨拶|あいさつ)を(?:行う|実施する|読み上げる)/u;
const SPEAKER_JA_LINE = new RegExp(
  `^(?:(?:日本政府代表|日本国政府代表|政府代表|発言者|演説者|スピーカー)[:：\\s　]*)?(?:(?:[\\p{Script=Han}々]{1,4}[\\s　]?[\\p{Script=Han}々]{0,4}|[\\p{Script=Katakana}ー・]{2,20})[\\s　]?${JA_OFFICE}|${JA_OFFICE}[\\s　]+[\\p{Script=Han}々\\p{Script=Hiragana}]{2,6}(?:[\\s　][\\p{Script=Han}々\\p{Script=Hiragana}]{1,4})?)$`,
  "u",
);
/** Organisations' initials, which a name in capitals never is. */
const NOT_A_FAMILY_NAME =
  "(?!(?:UN|ONU|OSCE|OTAN|NATO|EU|UE|USA|UK|ASEAN|CARICOM|AU|UA|WHO|OMS|IAEA|OIEA|UNGA|UNSC|ECOSOC|HRC|NAM|OAS|OEA|CELAC)\\b)";
/** "MORITA Kenji", "Kenji MORITA": a name with the family name in capitals; "Imagen ONU" is no name. */
const NAME_IN_CAPS = new RegExp(
  `^(?:${NOT_A_FAMILY_NAME}[A-Z][A-Z'-]+\\s+[A-Z][a-z'-]+|[A-Z][a-z'-]+(?:\\s+[A-Z]\\.)?\\s+${NOT_A_FAMILY_NAME}[A-Z][A-Z'-]+)(?:\\s*,|$)`,
);
const WEEKDAY =
  /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)$/iu;
const VENUE =
  /^(?:[\p{Lu}][\p{L}'’.-]*(?:[\s-]+[\p{L}'’.-]+){0,3})(?:,\s*[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,3})?$/u;
const VENUE_JA = /^(?:於[:：]?\s*)?[\p{Script=Han}\p{Script=Katakana}ー・]{2,12}$/u;
/** A Japanese name of an institution or a building (外務省, 国連本部, 大使公邸, 国際会議場), not of a city. */
const JA_INSTITUTION = /(?:省|庁|局|部|館|室|課|院|所|社|会|団|邸|場|ホテル|センター|ホール|ビル)$/u;
/**
 * A full Japanese date and, with nothing between them, a headline without a sentence's commas or
 * stops: "平成25年12月13日日・ASEAN特別首脳会議歓迎夕食会". Not "平成25年12月13日夜、総理は…" (a lead)
 * nor "令和5年2月24日（金）" (a weekday).
 */
const JA_DATE_THEN_HEADLINE =
  /^((?:令和|平成|昭和)(?:元|[0-9０-９]{1,2})年[0-9０-９]{1,2}月[0-9０-９]{1,2}日|[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日)(?![\s（(［[【〔夜朝昼午前後付、，。:：～〜-])([^、，。]{4,80})$/u;
/** "…であいさつする高田総理1", "…であいさつする高田総理2": a photo gallery's numbered captions. */
const CAPTION_NUMBER = /^(?:[•·*▪◦-]\s*)?(.{4,80}?)\s*[0-9０-９]{1,2}$/u;

/**
 * True when the header line at `at` is one of a series of captions that differ in their number
 * only, or holds two of them (a gallery prints its captions again on one line).
 */
function inCaptionSeries(header: readonly HeaderLine[], at: number): boolean {
  const text = header[at]?.text ?? "";
  const own = CAPTION_NUMBER.exec(text);
  for (let near = Math.max(0, at - 4); near < Math.min(header.length, at + 5); near++) {
    const other = header[near]?.text ?? "";
    if (near === at || other === text) continue;
    const caption = CAPTION_NUMBER.exec(other)?.[1];
    if (caption === undefined || /\d$/u.test(caption)) continue;
    if (own?.[1] === caption) return true;
    const first = text.indexOf(`${caption}`);
    if (first >= 0 && text.indexOf(caption, first + caption.length) > first && text.length > other.length * 2)
      return true;
  }
  return false;
}

/** A hall and the city after a slash: "ホテルアバローム紀の国/和歌山市" → 和歌山市. */
const JA_HALL_THEN_CITY =
  /^[^/／\s]{2,40}\s*[/／]\s*([\p{Script=Han}\p{Script=Katakana}ー・]{2,12}?(?:市|都|区|町|村)?)$/u;
/** A city in a script without capitals: "نيويورك", "جنيف", "뉴욕", "제네바". */
const VENUE_CASELESS =
  /^[\p{Script=Arabic}\p{Script=Hangul}][\p{Script=Arabic}\p{Script=Hangul}\p{M}'’.-]*(?:\s[\p{Script=Arabic}\p{Script=Hangul}\p{M}'’.-]+){0,2}$/u;
const VENUE_LINE =
  /^(?:(?:venue|place|location|於|場所|\[場所\])\s*[:：]?|(?:lieu|lugar|luogo|local|ort)\s*[:：])\s*(.+)$/iu;
/**
 * A page's cue that the statement follows: "Below is the full text of the statement.", "Full
 * text:", "The full text of her remarks is as follows:", "演説の全文は次の通り。", "【演説全文】",
 * "総理はあいさつの中で、次のように述べました。".
 * What stands above it is the page's lead, whatever it says; the statement starts after it. A
 * headline "Full text of the Prime Minister's speech" (no colon) is no cue but the title.
 */
const FULL_TEXT_CUE =
  /\b(?:the (?:full |complete )?text of which|whose (?:full |complete )?text) is as follows\s*:?$|^(?:(?:below|here|following) (?:is|are) the (?:full |complete )?(?:text|transcript|statement|speech|remarks|address)\b.{0,80}[.:]?|following (?:is|are) (?:the (?:full |complete )?text of )?[^:]{0,200}\b(?:remarks|statement|speech|address|message|briefing)\b[^:]{0,200}:|[^:]{0,300}[.!?]\s+the (?:full |complete )?(?:text|transcript)(?: of (?:the|his|her) (?:speech|statement|remarks))? (?:is )?as follows\s*:|[^:]{0,300}[.!?]\s+(?:here|below) (?:is|are) the (?:full |complete )?(?:text|transcript|statement|speech|remarks|address)(?: of [^.:]{1,80})?\s*:|the (?:full |complete )?(?:text|transcript) of (?:the|this|his|her|their|its) .{0,80}\b(?:follows|is as follows|is below|reads as follows)\s*[.:]?|(?:full|complete) (?:text|transcript)(?:\s*:?| of [^.:]{1,80}:)|(?:please )?read (?:the|his|her|their) (?:full |complete )?(?:text|statement|speech|remarks|address)(?: in full)? below\s*[.:]?|please find (?:below|attached) the (?:full |complete |integral )?(?:text|transcript)\b.{0,160})$|全文は(?:次|以下)の(?:通り|とおり)|(?:次|以下)の(?:ように|通り|とおり)(?:述べ|語り|話し|挨拶し|あいさつし|発言し|スピーチし)(?:ました|た)。?$|^(?:【|［|\[|〈|<|＜)?(?:演説|スピーチ|発言|挨拶|あいさつ|講演|談話)?全文(?:】|］|\]|〉|>|＞)?$|全文如下|^(?:و?فيما يلي\s+)?(?:ال)?نص\s+(?:ال)?كامل\s+ل(?:كلمة|خطاب|بيان)(?!\p{L}).{0,200}$|^(?:و?فيما يلي|وإليكم)\s+(?:ال)?نص\s+(?:ال)?كامل(?!\p{L}).{0,200}$|^(?:a continuación|seguidamente|abajo)\s+(?:transcribimos|reproducimos|compartimos|presentamos|se (?:transcribe|reproduce|presenta))\b.{0,160}:$|^(?:el\s+)?(?:discurso|mensaje|texto|intervención)\s+(?:completo|íntegro|completa|íntegra)\b.{0,120}:$|^(?:voici|ci-dessous)\b.{0,100}\b(?:texte|discours|intervention|allocution|déclaration)\b.{0,120}:$|^(?:leia|confira|segue)\b.{0,100}\b(?:íntegra|discurso|texto|pronunciamento)\b.{0,120}:$|^the (?:full |complete )?(?:text|transcript) of [^.:]{1,80}?['’]s?\s+(?:speech|statement|remarks|address)\s+(?:is\s+)?(?:as follows|below)\s*[.:]?$/iu;
/** Who gave the statement a cue introduces: "… el discurso pronunciado por el canciller X Y:". */
const CUE_SPEAKER =
  /\b(?:delivered|given|pronunciad[oa]|leíd[oa]|prononcée?|proferid[oa])\s+(?:by|por|par)\s+(?:the\s+|el\s+|la\s+|le\s+|o\s+|a\s+)?((?:(?:[Cc]anciller|[Mm]inistr[oa]|[Ee]mbajadora?|[Pp]resident[ea]|[Vv]icecanciller|[Vv]iceministr[oa]|[Mm]inistre|[Aa]mbassadeur|[Aa]mbassadrice|[Pp]résidente?|Minister|Ambassador|President|Secretary)\s+)?[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){1,3})\s*[:.]?$/u;
/** How far into the page a full-text cue is looked for (a lead is a few lines, not a page). */
const CUE_WITHIN = 20;
/** A line that is a sentence of the statement, not a header line. */
const SENTENCE_END = /[.!?。！？]["”’」』)）]?$/u;

// The title rules are thousands of characters with `iu`, tried on every header line: see
// native-regexps.ts.
const compileRules = nativeOnFirstUse([TITLE, KIND_ALONE]);

interface HeaderState {
  metadata: Metadata;
  meeting: { text: string; line: number }[];
  origins: FieldOrigin[];
  warnings: string[];
  delegation?: DelegationEvidence & { line: number };
  /** Delegation evidence from the site's banner (the mission or ministry that runs the page). */
  siteDelegation?: DelegationEvidence & { line: number };
  bannerEnd?: number;
  /** The line of a full-text cue ("Please read his remarks below:"): the address lines after it name no speaker. */
  cueLine?: number;
  /** The line of the first title-like line: a page's date above it is the page's, not the statement's. */
  firstTitle?: number;
  /** The title-like lines read so far (the title is chosen among them after the header). */
  titleTexts?: string[];
}

export interface MetadataResult {
  metadata: Metadata;
  /** The country of the mission or ministry whose site printed the statement: a fallback only. */
  siteDelegation?: DelegationEvidence & { line: number };
  origins: FieldOrigin[];
  dropped: DroppedLine[];
  body: Draft[];
  warnings: Warning[];
}

/** A paragraph that opens with an address and goes on: "Thank you, President. I am grateful …". */
const OPENS_WITH_ADDRESS =
  /^(?:Señora?|Monsieur|Madame)\s+(?:le\s+|la\s+)?Presid|^(?:(?:I\s+)?thank you,?\s+)?(?:(?:Mr\.?|Madam|Madame|Mme\.?|Mdm\.?|Mister)\s+)?(?:(?:Vice|Acting)[- ])?(?:President|Chair(?:person|man|woman)?|Co-?Chairs?)\s*[,.:;–—-]\s*\S|^(?:議長|共同議長|副議長|委員長)[、，,]\s*\S/iu;
const ANOTHER_SPEAKER = /\balso\s+(?:addressed|spoke|delivered|took the floor|made remarks)\b/i;
/** "New York 23 septembre 2022 ((rezonodwes.com))–": a news site's tag after its dateline. */
const SITE_TAG = /\s*\(\([\w.-]{2,60}\)\)\s*[–—-]?\s*$/u;
/** A lower-case letter with a word in capitals and a number glued after it. */
const GLUED_CAPITALS = /\p{Ll}(?=\p{Lu}{3,}\s+\d)/u;
/** A page's field naming who spoke, with its value or alone above it ("Nombre de la Persona:" on Bolivia's pages). */
const SPEAKER_FIELD =
  /^(?:speaker|presenter|orador(?:a)?|nombre de la persona|intervenante?|orat(?:eur|rice)|redner(?:in)?|oratore|relatore)\s*[:：]\s*(?<name>.*)$/iu;
/** A page's field for where it was said: "Location: UN Headquarters, NY", or the label alone. */
const LOCATION_FIELD = /^(?:location|venue|place|lieu|lugar|local|ort|luogo)\s*[:：]\s*(?<place>.*)$/iu;
/**
 * "Security Council Chamber, United Nations Head Quarters", "UN General Assembly Hall, United
 * Nations Headquarters, New York": a room and its building, which name where, not the meeting.
 */
const ROOM_LINE =
  /^[^,]*\b(?:Hall|Chamber|Head ?[Qq]uarters|Conference Room|Room\s+\S+|Conference Building|Palais des Nations|Conference Centre|Conference Center)\b[^,]*(?:,\s*[^,]+){0,3}$/u;
/** A place's part that is only a building, a city or a state's short name: "United Nations Headquarters", "NY". */
const ROOM_PART =
  /\b(?:Hall|Chamber|Head ?[Qq]uarters|Conference Room|Room\s+\S+|Building|Palais des Nations|Centre|Center|Plaza)\b|^(?:NY|NYC|USA|U\.S\.A\.|Switzerland|Austria|Kenya)$/u;
/** Header lines that name only the session or meeting: never the statement's title. */
const MEETING_ONLY =
  /^(?:the\s+)?(?:\d+(?:st|nd|rd|th)|[A-Z][a-z]+-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|[A-Z][a-z]+(?:tieth|eth|th))\s+(?:regular\s+|special\s+|ordinary\s+|plenary\s+)?(?:session|meeting|plenary)|^(?:agenda\s+)?item\s+\d[\d.]*(?!\s*[:：–—-]\s*\S+\s+\S+\s+\S)|\bsession\b[^()]*\(\s*\d|^第\d+回/iu;
/** Cities where statements are delivered, for a venue line or "in Geneva on …" in a header sentence. */
const VENUE_CITY =
  "New[ -]York|Geneva|Vienna|Nairobi|Paris|Rome|The Hague|Brussels|Bonn|Addis Ababa|Bangkok|Santiago|Beirut|Washington(?:,? D\\.?C\\.?)?|London|Tokyo|Strasbourg|Montreal|Copenhagen|Madrid|Lisbon|Berlin|Oslo|Stockholm|Helsinki|Canberra|Ottawa|Wellington|ニューヨーク|ジュネーブ|ウィーン|東京|パリ|ナイロビ|ハーグ|ブリュッセル|Genève|Ginebra|Ginevra|Genf|Nueva York|Nova Iorque|Nova York|Nuova York|Genebra|Viena|Vienne|Wien|Женева|Нью-Йорк|Вена|جنيف|نيويورك|فيينا|日内瓦|纽约|紐約|维也纳|維也納|뉴욕|제네바";
const CITY_LINE = new RegExp(
  `^(?:${VENUE_CITY})(?:\\s+City)?(?:(?:,\\s*|\\s+)(?:New York|NY|Switzerland|Austria|Kenya|France|Italy|USA|United States|Ontario|Quebec|Québec|EUA|EE\\.?\\s?UU\\.?|Estados Unidos|Suíça|Suiza|Suisse|Schweiz|Svizzera))?\\.?$`,
  "iu",
);
const CITY_ANYWHERE = new RegExp(`(?<![\\p{L}])(?:${VENUE_CITY})(?![\\p{L}])`, "u");
const CITY_AT_END = new RegExp(`,\\s*(${VENUE_CITY})$`, "u");
/** "10 January 2024, New York – Statement …": the place right after a leading date. */
const CITY_AT_START = new RegExp(`^(${VENUE_CITY})(?![\\p{L}])`, "u");
/** The city `CITY_BEFORE_DATE` finds at the end of `text`, whichever way it is set off. */
function cityBeforeDate(text: string): string | undefined {
  const found = CITY_BEFORE_DATE.exec(text);
  return found?.[1] ?? found?.[2] ?? found?.[3];
}

// "…, Geneva 12 March", "(Geneva) 12 March", "… Conference Centre Addis Ababa, Ethiopia 14 October",
// "… General Assembly New York, 27th September 2018": the city set off by a comma or bracket,
// followed by its country, or by the comma before the date.
const CITY_BEFORE_DATE = new RegExp(
  `(?:[,(]\\s*(${VENUE_CITY})(?:,\\s*[\\p{Lu}][\\p{L}]+(?:\\s+[\\p{Lu}][\\p{L}]+){0,2})?|\\s(${VENUE_CITY}),\\s*[\\p{Lu}][\\p{L}]+(?:\\s+[\\p{Lu}][\\p{L}]+){0,2}|\\s(${VENUE_CITY})(?=\\s*,\\s*$))\\s*[,)]?\\s*$`,
  "u",
);
/** "…, NEW YORK, 28 SEPTEMBER 2018": a city in capitals set off by a comma before a date. */
const CAPITAL_CITY_BEFORE_DATE = new RegExp(`,\\s*(${VENUE_CITY})\\s*,?\\s*$`, "iu");

/** The city in capitals `CAPITAL_CITY_BEFORE_DATE` finds, written as a name ("New York"). */
function capitalCityBeforeDate(text: string): string | undefined {
  const city = CAPITAL_CITY_BEFORE_DATE.exec(text)?.[1];
  if (city === undefined || !isCapitals(city)) return undefined;
  return titleCased(city);
}

/** "NEW YORK" → "New York": words in capitals written as a name is. */
function titleCased(text: string): string {
  return text.toLowerCase().replace(/(?<![\p{L}])\p{L}/gu, upperCase);
}

/**
 * "… OF THE UNITED NATIONS GENERAL ASSEMBLY NEW YORK OCTOBER 02, 2015": a cover line in capitals
 * runs the meeting, its city and the date together with no comma; the city follows the meeting's
 * own word.
 */
const CAPITAL_CITY_CLOSING_MEETING = new RegExp(
  `\\b(?:ASSEMBLY|COUNCIL|SESSION|CONFERENCE|COMMITTEE|DEBATE|MEETING|SUMMIT|FORUM|SEGMENT)\\s+(${VENUE_CITY})[\\s,]*$`,
  "iu",
);

function upperCase(letter: string): string {
  return letter.toUpperCase();
}

/** A city closing a meeting's name after a plain space ("… No. 1512 Vienna"), not "… Office at Vienna". */
const CITY_CLOSING_MEETING = new RegExp(`(?<!\\b(?:at|in|of|to|for|and))\\s+(${VENUE_CITY})$`, "iu");
const CITY_IN_BRACKETS_AT_END = new RegExp(`[(（](${VENUE_CITY})[)）]\\s*$`, "u");
/** "in", "at", "en", "em", "à" before a place; "à" after no letter, since `\b` knows only ASCII letters. */
const PLACE_PREPOSITION = "(?:\\b(?:in|at|en|em)|(?<![\\p{L}])à)";
const CITY_IN_AT_END = new RegExp(`${PLACE_PREPOSITION}\\s+(${VENUE_CITY})\\s*,?\\s*$`, "u");
/** "… Permanent Mission in Geneva": where a mission or office sits, which is no venue. */
const SEAT_OF_OFFICE = new RegExp(
  `\\b(?:Mission|Representation|Representative|Office|Embassy|Delegation|Mission permanente|Représentation|Misión|Missão)\\b[^,;]{0,60}${PLACE_PREPOSITION}\\s`,
  "u",
);
/** "… Reunião Ministerial - Nova York": a city after a dash, before the title's date. */
const CITY_AFTER_DASH = new RegExp(`\\s[-–—]\\s*(${VENUE_CITY})$`, "u");
/** "…, IN NEW YORK, ON TUESDAY, …": a city where it was spoken, not where an office sits ("… IN GENEVA"). */
const CITY_IN_CAPITALS = new RegExp(`\\bIN\\s+(${VENUE_CITY})(?=,?\\s+ON\\s)`, "iu");
const CITY_IN_SENTENCE = new RegExp(
  `(?:${PLACE_PREPOSITION}|\\ba)\\s+(${VENUE_CITY})\\b|於[:：]?\\s*(${VENUE_CITY})`,
  "u",
);
/** Office words on the line under a name in a stacked speaker block. */
const OFFICE_LINE =
  /\b(?:Representative|Ambassador|Minister|Secretary|Counsell?or|Adviser|Advisor|Envoy|Delegate|Coordinator|Attaché|Chargé|Director|Head of|Spokesperson|President|Chair)\b/;
const PERSON_NAME = /^(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?:[\p{Lu}][\p{L}'’.-]+\s+){1,3}[\p{Lu}][\p{L}'’.-]+$/u;

/** How long a line naming a ministry, mission or government can be and still be only its name. */
const ORGANISATION_LINE_MAX = 160;
/** The name of a ministry, mission or government: the site's, never a title. */
const ORGANISATION =
  /(?:(?<![\p{L}])(?:Ministry|Mission|Embassy|Government|Department|Consulate|External Action|Foreign Affairs(?: (?:&|and) Trade)?|Permanent Representation|Canciller[íi]a|Ministerio|Misión|Embajada|Ministère|Ambassade|Représentation permanente)(?![\p{L}])(?![\s\S]*\b(?:statement|remarks|speech|address|intervention|intervención|declaración|discurso|déclaration|discours)(?![\p{L}]))|\b(?:in|at) the (?:UN|United Nations)(?: Security Council)?\b(?:\s+\d{4}(?:[–-]\d{4})?)?$)/iu;

interface HeaderLine {
  text: string;
  line: number;
  heading: boolean;
  /** The first line of a wrapped paragraph: the paragraph's whole text. */
  paragraph?: string;
  /** The last source line of a title that was broken over several lines. */
  last?: number;
  /** An item of a short list above the statement (topic tags, links): never a title. */
  listItem?: boolean;
}

/**
 * Reads the header lines before the statement proper into fields, in whatever order the page
 * put them: title, Japanese title, meeting, date and venue, speaker, mission. The statement
 * begins at its first address ("Mr. President,", "Thank you, Chair. …", "議長、"), or, with no
 * address, at its first sentence or list. A header line that no rule reads is kept out of the
 * text and reported; a field that is not there stays empty. The title is the first title line
 * after the site's own banner (`bannerEnd`, the last navigation line above the statement).
 * Lines after the closing thanks may still give a signed-off date or speaker.
 */
export function extractMetadata(
  drafts: Draft[],
  file: string,
  bannerLines: number[] = [],
  labelLines: number[] = [],
  markerLine?: number,
): MetadataResult {
  compileRules();
  const state: HeaderState = { metadata: {}, meeting: [], origins: [], warnings: [] };
  const warnings: Warning[] = [];
  const dropped: DroppedLine[] = [];
  const flat: (HeaderLine & { draft: number; index: number })[] = [];
  for (const [draft, each] of drafts.entries()) {
    // A short list above the statement is page furniture (topic tags, links); a list of prose is
    // text. One short sentence alone is a site's message ("• 검색 결과가 없습니다." — no search results).
    if (each.type === "list" && isProseList(each) && !isNumberedHeadline(each, drafts[draft + 1])) break;
    if (each.type === "heading") {
      flat.push({
        text: draftText(each).trim(),
        line: each.lines[0]?.line ?? 1,
        heading: true,
        draft,
        index: 0,
      });
      continue;
    }
    for (const [index, line] of each.lines.entries()) {
      // Korea's foreign ministry marks a minister's pages "[Former]" or "[Incumbent]": a label, not
      // the headline's first word, so the headline reads as the title it is.
      const text = withoutTurnLabel(lineText(line).trim().replace(MINISTER_PAGE_LABEL, ""));
      if (each.type === "list") {
        flat.push({ text, line: line.line, heading: false, draft, index, listItem: true });
        continue;
      }
      const previous = flat.at(-1);
      // A title in capitals broken over several lines ("STATEMENT BY H.E. MR. KENJI" / "MORITA" / …).
      // A title broken over lines: in capitals ("STATEMENT BY H.E. MR. KENJI" / "MORITA" / …), or
      // cut after a word that cannot end it ("… at the" / "Panel discussion …", "… UK Permanent" /
      // "Representative to the UN, …", "…, Minister," / "…").
      // Only up to the 400 characters a header line may have: joining every line of a block of
      // capitals onto the one before, and testing the whole each time, cost the square of its size.
      const adjacent =
        previous &&
        !previous.heading &&
        (previous.last ?? previous.line) + 1 === line.line &&
        previous.text.length <= 400;
      // Not after a line that ends on its date ("… (ITEM 113), 6 FEBRUARY 2023"): that headline is
      // whole, and "STATEMENT BY" under it starts the byline.
      const capitals =
        adjacent &&
        isCapitals(previous?.text ?? "") &&
        isCapitals(text) &&
        !/[.,;:]$/.test(previous?.text ?? "") &&
        !endsOnDate(previous?.text ?? "");
      // …or going on with a lower-case preposition ("Address by X, Prime Minister of Japan" / "at the
      // Seventy-First Session …").
      const cut =
        adjacent &&
        TITLE.test(previous?.text ?? "") &&
        (/(?:\b(?:the|of|at|on|for|and|to|in|by|with|a|an|Permanent|Deputy|Alternate|Acting)|,)$/i.test(
          previous?.text ?? "",
        ) ||
          /^(?:at|on|in|of|to|for|before|during)\s/.test(text) ||
          // "… and Agenda" / "item 122 on the Question of …": a title's words go on in lower case.
          (/^\p{Ll}/u.test(text) &&
            !/^(?:by|delivered|presented|read|made|given|as)\b/u.test(text) &&
            !/[.!?;:]$/u.test(previous?.text ?? "")));
      // …or a debate's quoted theme broken over blocks a blank line apart ("UNSC Open Debate on" /
      // "‘Peace and security through preventive diplomacy:" / "A common objective to all UN
      // principal organs’"): a quotation opened after "on", or left open, goes on.
      const quoted =
        previous &&
        !previous.heading &&
        (previous.last ?? previous.line) + 2 >= line.line &&
        previous.text.length <= 300 &&
        text.length <= 300 &&
        // ‘ is also a letter (Tongan's ‘Otua): a quotation only where it plainly goes on or closes.
        ((opensQuotation(previous.text) && (/[:,]$/u.test(previous.text) || /[’”][.)]?$/u.test(text))) ||
          (/\b(?:on|of)$/u.test(previous.text) && /^[‘“"]/u.test(text)));
      // …or any header line cut after a word that cannot end it, going on in lower case ("Item 3 –
      // Interactive Dialogue with the Special Rapporteur on the situation of" / "human rights
      // defenders"): a PDF's line wrapped.
      const wrapped =
        adjacent &&
        /\b(?:the|of|at|on|for|and|to|in|with|a|an)$/u.test(previous?.text ?? "") &&
        /^\p{Ll}/u.test(text);
      if (
        previous &&
        ((adjacent && (capitals || cut || wrapped)) || quoted) &&
        !isDateLine(text) &&
        !isDateLine(previous.text)
      ) {
        previous.text = `${previous.text} ${text}`;
        previous.last = line.line;
        continue;
      }
      const paragraph = index === 0 && each.lines.length > 1 ? draftText(each).trim() : undefined;
      flat.push({ text, line: line.line, heading: false, draft, index, ...(paragraph ? { paragraph } : {}) });
    }
  }
  let start = statementStart(flat);
  // "– As delivered –" alone on a line above the address: what stands above it is the page's (a
  // site's own description of itself), not the speaker's opening sentences.
  if (markerLine !== undefined) {
    const after = flat.findIndex((line) => line.line > markerLine);
    if (after > start && !flat.slice(start, after).some((line) => isAddressLine(line.text))) start = after;
  }
  const header = flat.slice(0, start);
  const first = flat[start];
  const stop = first?.line ?? Number.POSITIVE_INFINITY;
  // A loop, not Math.max(...lines): a page of 200,000 navigation lines would overflow the stack.
  let bannerEnd = 0;
  for (const line of bannerLines) if (line < stop && line > bannerEnd) bannerEnd = line;
  // A label such as "Speech" or "Joint Statement" ends the banner only if no title came before it.
  for (const label of labelLines.filter((line) => line > bannerEnd && line < stop).sort((a, b) => a - b)) {
    const titled = (text: string) =>
      TITLE.test(text) ||
      (!SENTENCE_END.test(text) && text.split(/\s+/).length >= 4 && !ORGANISATION.test(text));
    if (header.some((line) => line.line > bannerEnd && line.line < label && titled(line.text))) break;
    bannerEnd = label;
  }
  state.bannerEnd = bannerEnd;
  let body: Draft[];
  if (first) {
    const draft = drafts[first.draft] as Draft;
    body = [
      first.index === 0 ? draft : ({ ...draft, lines: draft.lines.slice(first.index) } as Draft),
      ...drafts.slice(first.draft + 1),
    ];
  } else {
    const firstList = drafts.findIndex((draft) => draft.type === "list");
    body = firstList >= 0 ? drafts.slice(firstList) : [];
  }
  const unread: HeaderLine[] = [];
  const titles: TitleCandidate[] = [];
  let fieldValue = -1;
  for (const [at, headerLine] of header.entries()) {
    if (at === fieldValue) continue;
    let line = headerLine;
    if (inCaptionSeries(header, at)) continue;
    // "平成25年12月13日日・ASEAN特別首脳会議歓迎夕食会": a site's date glued to the headline after it.
    const gluedDate = JA_DATE_THEN_HEADLINE.exec(line.text);
    if (gluedDate?.[1] && gluedDate[2]) {
      readHeaderLine(gluedDate[1], line.line, false, state);
      line = { ...line, text: gluedDate[2] };
    }
    const cue = FULL_TEXT_CUE.test(line.text);
    if (cue) state.cueLine ??= line.line;
    const cueSpeaker = cue
      ? (CUE_SPEAKER.exec(line.text) ??
          CUE_HEAD_OFFICE.exec(line.text) ??
          CUE_POSSESSIVE.exec(line.text))?.[1]
      : undefined;
    if (cueSpeaker)
      set(state, "speaker", cueSpeaker, "speaker named in a full-text cue", line.line, line.text);
    // "النص الكامل لكلمة ممثل الجزائر الدائم …": the cue names whose representative speaks.
    const cueCountry =
      cue && !/[A-Za-z]/u.test(line.text) ? countryDeliveringForeignTitle(line.text) : undefined;
    if (cueCountry)
      noteDelegation(
        state,
        {
          name: cueCountry.name,
          country: cueCountry,
          rule: "country a full-text cue names",
          text: line.text,
        },
        line.line,
      );
    // A page's field for who spoke: "Speaker: X", or the label alone and the name on the next line.
    const field = SPEAKER_FIELD.exec(line.text);
    if (field) {
      const inline = fieldName(field.groups?.name?.trim() ?? "");
      const value = inline || header[at + 1]?.text.trim();
      if (!inline) fieldValue = at + 1;
      // "H.E. MS. X, Chargé d’affaires, a.i. Permanent Mission of …": a name with its office and
      // mission, read as any header line is (the name, and the delegation the mission gives).
      if (value && !inline && value.includes(",") && !SENTENCE_END.test(value))
        readHeaderLine(value, line.line + 1, false, state);
      else if (value && value.length <= 120 && !SENTENCE_END.test(value))
        set(
          state,
          "speaker",
          value,
          "speaker field",
          line.line,
          inline ? line.text : `${line.text} / ${value}`,
        );
      continue;
    }
    // "Date" alone and the day on the next line: when a board posted the page, not when it was said.
    if (DATE_LABEL.test(line.text)) {
      const next = header[at + 1];
      const posted = next ? findDate(next.text.trim()) : undefined;
      if (next && posted?.index === 0 && posted.length === next.text.trim().length) {
        fieldValue = at + 1;
        if (!state.metadata.date) set(state, "date", posted.date, "page's date field", next.line, next.text);
        continue;
      }
    }
    // "Location:" and the place, on the line or the next: where it was said, never the meeting.
    const location = LOCATION_FIELD.exec(line.text);
    if (location) {
      const inline = location.groups?.place?.trim() ?? "";
      const value = inline || header[at + 1]?.text.trim();
      if (!inline) fieldValue = at + 1;
      if (value && value.length <= 160) readPlace(value, line.line, "location field", state);
      continue;
    }
    // A Japanese news lead is read once every other header line has given the page's date.
    if (JA_LEAD.test(line.text) && line.text.includes("。")) {
      unread.push(line);
      continue;
    }
    const kind = readHeaderLine(line.text, line.line, line.heading, state);
    warnings.push(...state.warnings.map((message) => ({ file, line: line.line, column: 1, message })));
    state.warnings = [];
    if (kind === "title" && !FULL_TEXT_CUE.test(line.text)) {
      // A mailing list's "Subject:" line heads a repost: the statement's own title, if it has one, wins.
      const subject = MAIL_SUBJECT.test(line.text);
      titles.push({ ...line, explicit: !subject && (!line.heading || TITLE.test(line.text)) });
      state.firstTitle ??= line.line;
      state.titleTexts ??= [];
      state.titleTexts.push(line.text);
    } else if (kind === "meeting" && cue) {
      // A cue names the meeting in passing ("Following are … remarks to the Security Council …,
      // in New York today:"); it is neither the meeting line nor a title.
      state.meeting = state.meeting.filter((part) => part.line !== line.line);
    } else if (
      kind === "meeting" &&
      !MEETING_ONLY.test(line.text) &&
      line.line > bannerEnd &&
      !isBodyName(line.text)
    )
      titles.push({ ...line, explicit: false });
    else if (kind === false) {
      const next = header[at + 1];
      if (
        !state.metadata.speaker &&
        PERSON_NAME.test(line.text) &&
        // "United Nations" (a site's section) above a headline naming a President: no one's name.
        !NOT_IN_A_NAME.test(line.text) &&
        next &&
        OFFICE_LINE.test(next.text) &&
        !SENTENCE_END.test(next.text) &&
        // "Special Page Front Page" above "Statement by Mr. X, Adviser …": a title names its own speaker.
        !TITLE_BY.test(next.text)
      ) {
        set(
          state,
          "speaker",
          line.text,
          "name above an office line",
          line.line,
          `${line.text} / ${next.text}`,
        );
        continue;
      }
      // GOV.UK's person link: a bare name alone on the line just above the statement.
      if (
        !state.metadata.speaker &&
        at === header.length - 1 &&
        isBareName(line.text) &&
        line.line > bannerEnd
      ) {
        set(state, "speaker", line.text, "name alone above the statement", line.line, line.text);
        continue;
      }
      unread.push(line);
      if (
        !line.listItem &&
        !FULL_TEXT_CUE.test(line.text) &&
        !SENTENCE_END.test(line.text) &&
        line.text.length >= 8 &&
        line.text.length < 250 &&
        /\s/.test(line.text) &&
        line.line > bannerEnd &&
        // "to the United Nations" under "Permanent Mission of Australia": a line going on from
        // the one above; a headline never starts in lower case.
        !/^\p{Ll}/u.test(line.text) &&
        // "Her Excellency" alone on a line (a stacked name card): a style, never a headline.
        !(HONORIFIC.test(`${line.text} `) && !namesAPerson(line.text)) &&
        // "Switzerland, Liechtenstein" under "Australian Permanent Mission and Consulate-General":
        // where the mission is accredited, not what it said.
        !namesOnlyCountries(line.text) &&
        // "Selección de textos y documentos:" over the editor's name: an archive's credit, a label
        // and its value; a headline never ends in a colon.
        !LABEL_END.test(line.text) &&
        !(LABEL_END.test(header[at - 1]?.text ?? "") && isBareName(line.text))
      )
        titles.push({ ...line, explicit: false });
    }
  }
  // No address and no sentence: short lines only ("Text."). They are the statement, not a header.
  if (body.length === 0 && unread.length > 0) {
    const from = flat.findIndex((line) => line.line === unread[0]?.line);
    const at = flat[from];
    if (at) {
      const draft = drafts[at.draft] as Draft;
      body = [
        at.index === 0 ? draft : ({ ...draft, lines: draft.lines.slice(at.index) } as Draft),
        ...drafts.slice(at.draft + 1),
      ];
      const kept = new Set(flat.slice(from).map((line) => line.line));
      unread.splice(0, unread.length, ...unread.filter((line) => !kept.has(line.line)));
      titles.splice(0, titles.length, ...titles.filter((line) => !kept.has(line.line)));
    }
  }
  chooseTitle(titles, bannerEnd, state);
  const titleLine = originOf(state, "title")?.line;
  for (const line of unread) {
    if (line.line === titleLine) continue;
    readHeaderSentence(line, state);
    dropped.push({ line: line.line, reason: "header line not recognised", text: line.text });
  }
  readSignOff(body, state, file, warnings);
  readGluedDateline(body, state);
  readTranscriptLabel(body, state);
  readJapaneseReportLead(body, state);
  // "Permanent Representative Ivan Sokolov’s remarks and answers …": when nothing else named the
  // speaker, the title's possessive does (a lead's fuller "His Royal Highness Prince …" comes first).
  const titleText = state.metadata.title;
  const possessive =
    !state.metadata.speaker && typeof titleText === "string" ? possessiveSpeaker(titleText) : undefined;
  if (possessive && titleLine !== undefined)
    set(
      state,
      "speaker",
      possessive,
      "speaker named in the possessive in the title",
      titleLine,
      titleText as string,
    );
  const meeting = state.meeting.filter((part) => part.line !== titleLine);
  if (meeting.length > 0) {
    // A caption printed twice (an image's text and its caption) is one part.
    state.metadata.meeting = meetingParts([...new Set(meeting.map((part) => part.text))]);
    state.origins.push({
      field: "meeting",
      line: meeting[0]?.line ?? 1,
      rule: "meeting or body line in the header",
      text: shorten(state.metadata.meeting),
    });
  }
  if (state.delegation && !state.metadata.delegation) {
    const { name, rule, line, text } = state.delegation;
    set(state, "delegation", name, rule, line, text);
  }
  const site = state.siteDelegation;
  // Nothing leaves the text unaccounted for: a header line a rule read without taking a field
  // from it (a second date, the site's name, a line naming the country again) is listed too.
  // Loops, not spreads of mapped arrays: each new mix of empty and filled arrays took V8 back out
  // of this function's optimized code (three recompiles of ~150 ms in a long export).
  const accounted = new Set<number>();
  for (const origin of state.origins) accounted.add(origin.line);
  for (const line of dropped) accounted.add(line.line);
  for (const part of state.meeting) accounted.add(part.line);
  if (site) accounted.add(site.line);
  for (const line of header)
    if (!accounted.has(line.line))
      dropped.push({ line: line.line, reason: "header line read, no field taken from it", text: line.text });
  return {
    metadata: state.metadata,
    origins: state.origins,
    dropped,
    body,
    warnings,
    ...(site
      ? { siteDelegation: { ...site, rule: `${site.rule} (the site's own mission or ministry)` } }
      : {}),
  };
}

function isAddressedLine(line: HeaderLine): boolean {
  if (line.heading) return false;
  // "NEW YORK, 7 February 2023 – “Excellencies, distinguished delegates,": a press office's
  // dateline glued to the address; readGluedDateline takes it off once the text starts here.
  const dateline = GLUED_DATELINE.exec(line.text);
  const text = dateline ? line.text.slice(dateline[0].length).replace(/^[“"‘«]/u, "") : line.text;
  return isAddressLine(text) || isOpeningThanks(text) || OPENS_WITH_ADDRESS.test(text);
}

/**
 * The index of the line where the statement begins: its first address, when every line above
 * it is short enough to be a header line; otherwise the first sentence.
 */
function statementStart(lines: HeaderLine[]): number {
  const addressed = lines.findIndex(isAddressedLine);
  const start = startWithoutCue(lines, addressed);
  const cue = lines.findIndex(
    (line, at) =>
      at < CUE_WITHIN && (addressed < 0 || at < addressed) && !line.heading && FULL_TEXT_CUE.test(line.text),
  );
  // "Following are UN Secretary-General António Guterres' remarks …:" over "Greetings from Hanoi.
  // We meet today …": the cue's next line is a sentence, so the text starts there even if it
  // reads like a title.
  const next = lines[cue + 1];
  if (
    cue >= 0 &&
    cue < start &&
    next &&
    !next.heading &&
    /[:：]$/u.test(lines[cue]?.text ?? "") &&
    isSentence(next.text)
  )
    return cue + 1;
  if (!(cue >= start && cue + 1 < lines.length)) return start;
  // "挨拶全文は以下のとおりです。" and then the page's lead again, word for word: still the lead.
  const lead = new Set(lines.slice(0, cue).map((line) => line.text));
  let after = cue + 1;
  while (after + 1 < lines.length && lead.has(lines[after]?.text ?? "")) after++;
  return after;
}

function startWithoutCue(lines: HeaderLine[], addressed: number): number {
  // Lines above the first address are header lines only while they look like them: a page may
  // add a sentence or two of summary, but a run of sentences is the statement itself.
  // What stands above the statement's own title or dateline is the site's, however long; only
  // the lines between them and the address can be the start of the statement.
  const all = lines.slice(0, addressed);
  const lastHeader = all.findLastIndex(
    (line) => (isTitleLine(line.text) && line.text.length < 500) || isDateLine(line.text),
  );
  const above = all.slice(lastHeader + 1);
  const shift = lastHeader + 1;
  // A sentence above the address that the speaker says ("Ireland aligns with …", "We welcome …")
  // starts the statement; a page's summary ("The statement delivered by …") does not.
  const sentence = (line: HeaderLine) =>
    isSentence(line.text) || (line.paragraph !== undefined && isWrappedSentence(line));
  // "1 Thank you very much, Madam President. …": a numbered paragraph is read without its number.
  const unnumbered = (text: string) => text.replace(PARAGRAPH_NUMBER, "");
  const spoken = above.findIndex(
    (line) =>
      !line.heading &&
      (sentence(line) || FIRST_PERSON_START.test(unnumbered(line.text))) &&
      // Nothing lost: a sentence is the speaker's unless it is plainly the page's own.
      // "Thank you, Mr President for this opportunity and your presentation.": thanks are spoken.
      (isSpoken(unnumbered(line.paragraph ?? line.text)) ||
        line.text.split(/\s+/).length >= 12 ||
        THANKS_OPENING.test(unnumbered(line.text))) &&
      !isSummary(unnumbered(line.paragraph ?? line.text)) &&
      !CAPTION_OR_THEME.test(line.text) &&
      // A ministry's or mission's name line; a long sentence that names a body in passing ("…
      // this Meeting of the Conference of Heads of Government, I ask …") is still the speaker's.
      !(ORGANISATION.test(line.text) && line.text.length < ORGANISATION_LINE_MAX),
  );
  if (addressed >= 0 && spoken >= 0) return spoken + shift;
  // "The Honourable X, Prime Minister of Fiji and Chair of …" / "The Prime Minister of Tuvalu, and
  // the Outgoing Forum Chair, …" right above "Honourable Leaders …", or "Ambassador X, Board
  // Co-Chair, …;" / "Members of the Society’s Board of Trustees;": a protocol list whose first
  // guests no greeting rule knows, two or more in a row.
  let guests = above.length;
  while (guests > 0 && isProtocolGuest(above[guests - 1]?.text ?? "")) guests--;
  if (addressed >= 0 && above.length - guests >= 2) return guests + shift;
  const sentences = above.filter((line) => !line.heading && sentence(line)).length;
  // A long lead that reports who spoke ("Le ministre …, SEM X, a pris la parole le … à Genève")
  // is the page's, however long.
  const short = above.every(
    (line) =>
      line.text.length < 250 ||
      (TITLE.test(line.text) && line.text.length < 500) ||
      REPORTED_LEAD.test(line.text),
  );
  if (addressed >= 0 && sentences <= 2 && short) return addressed;
  // "Comments by Permanent Representative X in the wrap-up session …, 22 December 2022." above a
  // text with no address: the page's byline in a sentence, not the first thing said.
  const first = lines.findIndex(
    (line, at) =>
      at >= shift && !line.heading && sentence(line) && !(BYLINE_LEAD.test(line.text) && findDate(line.text)),
  );
  const found = [addressed, first].filter((at) => at >= 0);
  return found.length > 0 ? Math.min(...found) : lines.length;
}

/** A guest of a protocol list named with an office: it opens with a style, or with "The <office> of". */
const PROTOCOL_GUEST =
  /^(?:The\s+(?:Rt\.?\s+|Right\s+)?Hon(?:ou?rable|\.)?|Hon\.?|His\s+Excellency|Her\s+Excellency|H\.\s?E\.?|The\s+(?:Prime\s+Minister|President|Secretary[- ]General|Chair(?:person)?|Governor|Mayor|Speaker)\s+of)\s[^!?]{3,200}(?<![.!?])$/u;

/** A guest's line: named with an office, or set off by the semicolon or comma a protocol list ends each guest with. */
function isProtocolGuest(text: string): boolean {
  return (
    PROTOCOL_GUEST.test(text) ||
    // Three words at least: "Helsinki , " is a place whose date the site left empty.
    (text.length <= 250 && /[;,]$/u.test(text) && /^\p{Lu}/u.test(text) && text.split(/\s+/).length >= 3)
  );
}

/** A line without the date in brackets it ends on: "… (23 мая 2019 г.)" ends no sentence. */
function withoutDateAside(text: string): string {
  return text.replace(/\s*[(（][^()（）]{0,40}\d{4}[^()（）]{0,12}[)）]$/u, "");
}

/**
 * "171st Session of the Council Opening Statement": a title that ends on the kind of text,
 * capitalised. Its last words are looked up with BARE_TITLE rather than a second copy of KIND,
 * whose machine code each render thread would hold again.
 */
function endsOnKind(text: string): boolean {
  const words = text.split(/\s+/);
  for (let count = 1; count <= Math.min(6, words.length - 1); count++) {
    const tail = words.slice(-count).join(" ");
    if (/^\p{Lu}/u.test(tail) && BARE_TITLE.test(tail)) return true;
  }
  return false;
}

/** A title line: it names the kind of text and is not a sentence of the statement. */
function isTitleLine(text: string): boolean {
  return (
    (TITLE.test(text) || endsOnKind(text)) &&
    !BARE_TITLE.test(text) &&
    // "Statement by" alone on a line, its speaker on the lines below: a cover block, no title.
    !KIND_BY_ALONE.test(text) &&
    (!SENTENCE_END.test(withoutDateAside(text)) || TITLE_BY.test(text) || TITLE_OPENS.test(text))
  );
}

/**
 * A photo's caption with no credit, "The Most Hon X Y, Prime Minister speaking at the 73rd …", or
 * the debate's theme, "Theme: “…”": the page's lines above the statement, however long.
 */
const CAPTION_OR_THEME =
  /^(?:theme|thème|tema|topic)\s*[:：]|^(?:[\p{Lu}][\p{L}.'’-]*\s+){1,6}[\p{Lu}][\p{L}'’-]+,\s+[^.!?]{3,100}?\s(?:speaking|speaks|delivering|delivers|addressing|addresses)\s+(?:at|to|during|before|the)\s/u;
/** A line that opens as the speaker speaks: "I would like to congratulate", "We welcome". */
const FIRST_PERSON_START = /^(?:I|We|My|Our|Let me|Allow me|On behalf of)\s+\p{Ll}/u;

/** Words a speaker says of themselves: "I", "we", "my delegation", "Ireland aligns …", "私は", "我が国は". */
function isSpoken(text: string): boolean {
  return (
    /\b(?:I|we|We|our|Our|my|My|us)\b|私は|私から|我が国|わが国|日本は|(?:ます|ました|です|でした)[。！]/u.test(
      text,
    ) ||
    /^(?:The\s+)?(?:[\p{Lu}][\p{L}’'-]+\s+){1,3}(?:aligns|welcomes|thanks|supports|condemns|joins|associates|reiterates|reaffirms)\b/u.test(
      text,
    )
  );
}

/**
 * A news lead reporting what an office-holder did: "El canciller expuso ante la Asamblea …", "The
 * Minister set out …", "Le ministre a souligné …", "Le ministre des Affaires étrangères, de la
 * Coopération …, M. X, a pris la parole …": the page's, in the third person. The office and name
 * may run to 160 characters, their abbreviations ("M.", "S.E.") included.
 */
const REPORTED_LEAD =
  /^(?:El|La|Le|O|A|Il|Der|Die|The)\s+(?:canciller|secretari[oa]|ministr[oa]|ministre|embajador(?:a)?|ambassadeur|ambasciatore|presidente|président|representante|minister|ambassador|secretary|prime minister|foreign minister|bundesminister(?:in)?|außenminister(?:in)?|staatssekretär(?:in)?)\b(?:[^.]|(?<=\b(?:M|Mr|Mrs|Ms|Mme|Dr|Sr|Sra|E|H|S))\.){0,160}?\b(?:a pris la parole|tomó la palabra|took the floor|expuso|señaló|afirmó|destacó|subrayó|participó|intervino|pronunció|presentó|a souligné|a présenté|a prononcé|a participé|est intervenue?|afirmou|destacou|participou|discursou|ha sottolineato|ha partecipato|è intervenut[oa]|betonte|sprach|said|stressed|spoke|addressed|presented|set out|outlined|took part|participated)\b/iu;

/** A page's sentence about the statement: "The press release issued on …", "UK explanation of vote delivered at …". */
function isSummary(text: string): boolean {
  if (/^(?:I|We|My|Our|Let me|Allow me|At the outset)\b/.test(text)) return false;
  // "Thank you very much, Madam President. I thank the Secretary-General for his remarks …": the
  // speaker's thanks, whatever they mention.
  if (THANKS_OPENING.test(text)) return false;
  if (REPORTED_LEAD.test(text)) return true;
  if (
    /^(?:The\s+)?(?:[\p{Lu}][\p{L}’'-]+\s+){1,3}(?:aligns|welcomes|thanks|supports|condemns|joins|associates|reiterates|reaffirms|is|has|will|would)\b/u.test(
      text,
    )
  )
    return false;
  return /\b(?:statements?|speech|remarks|address|press release|delivered|issued|published|transcript|the following|full text|posted|reprinted|explanation of vote)\b|全文|ステートメントを|演説を行|スピーチを行|発言を行|次の通り/iu.test(
    text,
  );
}

/** A paragraph hard-wrapped over lines that together make sentences ("Let me start by … / … year."). */
function isWrappedSentence(line: HeaderLine): boolean {
  const text = line.paragraph ?? "";
  return (
    isSentence(text) &&
    !TITLE.test(line.text) &&
    !isDateLine(line.text) &&
    !isCapitals(line.text) &&
    text.length > line.text.length * 1.5
  );
}

/** A sentence of the statement: it ends like one and is long enough, and no header rule claims it. */
function isSentence(text: string): boolean {
  if (TITLE_BY.test(text) && text.length < 500) return false;
  if (text.length >= 250) return true;
  if (!SENTENCE_END.test(withoutDateAside(text)) || isDateLine(text)) return false;
  const japanese = isMostlyJapanese(text);
  // A short polite sentence ("外務大臣政務官の北浜でございます。") is still spoken Japanese.
  const long = japanese
    ? text.length >= 25 || (text.length >= 10 && /(?:ます|です)[。！]$/u.test(text))
    : text.split(/\s+/).length >= 8;
  return SENTENCE_END.test(text) && long;
}

/** An organisation's name on a line of its own, as a site's banner prints it ("African Union"). */
const SITE_NAME =
  /^(?:The\s+)?(?:[\p{Lu}][\p{L}'’-]+\s+){0,3}(?:Organi[sz]ation|Union|League|Community|Secretariat|Agency|Forum|Cooperation|Co-operation)(?:\s+(?:of|for|and|the|[\p{Lu}][\p{L}'’-]+)){0,5}$/u;

/** A line ending as a label does, on the value that follows it. */
const LABEL_END = /[:：]$/u;

/** A line that may be the title: `explicit` when it names the kind of text. */
type TitleCandidate = HeaderLine & { explicit: boolean };

/** The title: the first title line after the banner, else the first explicit one anywhere. */
function chooseTitle(titles: TitleCandidate[], bannerEnd: number, state: HeaderState): void {
  // Beside a Japanese title, an English line that does not say "Statement …" names the meeting.
  const eligible = state.metadata.titleJa
    ? titles.filter((title) => title.explicit && TITLE.test(title.text))
    : titles;
  const after = eligible.filter((title) => title.line > bannerEnd);
  const pool = after.length > 0 ? after : eligible.filter((title) => title.explicit);
  // A title that names its subject ("Statement on …") beats the meeting lines above it; a byline
  // ("Statement by X, delivered by …") does not, so the page's headline stays the title.
  // "Discurso … (texto em inglês)" above "Statement by …": the headline of the page in the site's
  // language, for a text in another; the text's own title is the one to keep.
  // A headline printed again with the page's furniture on it is not the title: the other copy is.
  const unpadded = pool.filter(
    (title) => !pool.some((other) => other !== title && paddedCopy(title.text, other.text)),
  );
  const own = unpadded.filter((title) => !LANGUAGE_ASIDE.test(title.text));
  const from = own.some((title) => title.explicit) ? own : unpadded;
  const explicit = from.find(
    (title) => title.explicit && (TITLE.test(title.text) || endsOnKind(title.text)) && !isByline(title.text),
  );
  // A headline the page prints twice (as the page's title and again above the text) is its title
  // when the only other title-like line is in another script (a video's title in Arabic above an
  // English speech); a mission's name printed twice over a title in its own script is not.
  const repeated = from.find((title, at) => from.some((other, at2) => at2 > at && other.text === title.text));
  // "Organisation of Islamic Cooperation" above "Speech of H.E. Dr. X … to the …": the site's
  // name gives way to the byline headline below it.
  const first =
    from[0] && SITE_NAME.test(from[0].text)
      ? (from.find((title) => TITLE.test(title.text) && isByline(title.text)) ?? from[0])
      : from[0] && SESSION_LINE.test(from[0].text)
        ? (from.find((title) => !SESSION_LINE.test(title.text) && !isByline(title.text)) ?? from[0])
        : from[0];
  const chosen =
    (repeated && (!explicit || latinScript(explicit.text) !== latinScript(repeated.text))
      ? repeated
      : undefined) ??
    explicit ??
    first;
  if (!chosen) return;
  if (chosen.explicit) readTitle(chosen.text, chosen.line, state);
  else {
    const rule = chosen.heading ? "heading above the statement" : "headline above the statement";
    set(
      state,
      "title",
      withoutDateInBrackets(withoutPageLabels(chosen.text), state),
      rule,
      chosen.line,
      chosen.text,
    );
    // "… Fourth Session March 15, 2007 General Debate …": a cover run into one line dates it inside.
    const inside = state.metadata.date ? undefined : findDate(chosen.text);
    if (inside && !chosen.heading && chosen.text.length > 60)
      set(state, "date", inside.date, "date inside the headline", chosen.line, chosen.text);
    const head = headlineSpeaker(chosen.text);
    if (head) set(state, "speaker", head, "speaker named in the headline", chosen.line, chosen.text);
  }
}

/**
 * "Open debate of the Security Council “…” (17 November 2015)": a headline without the date in
 * brackets at its end, when that is the statement's date (read from it or elsewhere).
 */
function withoutDateInBrackets(title: string, state: HeaderState): string {
  const bracket = /\s*[(（]([^()（）]{6,40})[)）]\s*$/u.exec(title);
  const inner = bracket?.[1]?.trim();
  if (!bracket || !inner) return title;
  const found = findDate(inner);
  if (found?.index !== 0 || found.length !== inner.length) return title;
  return found.date.start === state.metadata.date?.start ? title.slice(0, bracket.index) : title;
}

/** Thanks a sentence opens with, in the languages statements at the UN are given in: spoken, never the page's. */
const THANKS_OPENING = /^(?:Thank you|Thanks|Merci|Gracias|Obrigad[oa]|Grazie)\b/iu;

/** A sentence that says who spoke, opening as a byline does: "Comments by …", "Remarks delivered by …". */
const BYLINE_LEAD =
  /^(?:Comments|Remarks|(?:Opening |Closing |National |Joint )?Statement|Intervention|Speech|Address|Briefing|Explanation of (?:vote|position))\s+(?:delivered\s+|made\s+|given\s+)?by\s+\S/iu;

/**
 * Whether `text` is `headline` with the page's furniture on it: a breadcrumb glued on before it
 * ("HomeUnited KingdomSpeech: X" over "Speech: X", no space where they meet) or the site's name
 * after a dash or bar ("… Palestinian question - PR UN New York" over "… Palestinian question").
 */
function paddedCopy(text: string, headline: string): boolean {
  if (headline.length < 20 || text.length <= headline.length) return false;
  if (text.endsWith(headline))
    return /\p{Ll}$/u.test(text.slice(0, text.length - headline.length)) && /^\p{Lu}/u.test(headline);
  return text.startsWith(headline) && SITE_SUFFIX.test(text.slice(headline.length));
}

/** " - PR UN New York", " | GOV.UK": a site's name after a page title's headline. */
const SITE_SUFFIX = /^\s+[-–—|]\s+[^.!?]{2,40}$/u;

/**
 * "Human Rights Council – 40th session", "Conference on Disarmament - 2nd Regular Session": a
 * body and its session above what was said there ("Item 3 – Interactive Dialogue with …"), which
 * is the headline; the session line stays the meeting.
 */
const SESSION_LINE =
  /^(?:[\p{Lu}][\p{L}'’.-]*\s+){1,6}(?:[-–—,:]\s*)?(?:the\s+)?\d+(?:st|nd|rd|th)\s+(?:regular\s+|special\s+|ordinary\s+)?session$/iu;

/**
 * "Date: 29/09/10": a page's date field with a two-digit year. Read only under the label, only
 * when the day shows which number is the month (over 12), and as 2000–2049 or 1950–1999.
 */
function labelledShortDate(text: string): StatementDate | undefined {
  const found = LABELLED_SHORT_DATE.exec(text.trim());
  if (!found) return undefined;
  const [a, b, yy] = [Number(found[1]), Number(found[2]), Number(found[3])];
  const [day, month] = a > 12 && b <= 12 ? [a, b] : b > 12 && a <= 12 ? [b, a] : [0, 0];
  const year = yy < 50 ? 2000 + yy : 1900 + yy;
  if (!isRealDay(year, month, day)) return undefined;
  return { start: toIso(year, month, day), text: `${found[1]}/${found[2]}/${found[3]}` };
}

const LABELLED_SHORT_DATE = /^(?:date|fecha|data|datum)\s*[:：]\s*(\d{1,2})\/(\d{1,2})\/(\d{2})$/iu;

/**
 * "New York, USA, 24 September, 2019: Let us begin …", "THE HAGUE, Netherlands–28 June 2023–I am
 * grateful …": a news agency's or a press office's dateline glued to the text, set off by a
 * colon or dashes, spaced or not (a hyphen spaced); the city in capitals as press releases set
 * it, and a quotation may open right after the dash ("NEW YORK, 11 June 2018 – “It is …").
 */
const GLUED_DATELINE = new RegExp(
  `^((?:${VENUE_CITY}|${VENUE_CITY.toUpperCase()})(?:,\\s*[\\p{Lu}][\\p{L}.]+)?(?:,\\s*|\\s*[–—]\\s*)[^:–—]{6,40}?)(?:\\s*:\\s+|\\s*[–—]\\s*|\\s+-\\s+)(?=[“"‘«]?\\p{Lu})`,
  "u",
);

/**
 * Takes a dateline glued to the first sentence of the text off it: its date beats a page's date
 * (a site's clock, a blog's posting date), its place is the venue.
 */
/** The end of a report page's lead: "…演説を行ったところ、概要は以下のとおりです。" */
const JA_REPORT_LEAD_END = /概要は(?:以下|次)の(?:とおり|通り)(?:です|である)?。?$/u;

/**
 * A Japanese report page (外務省's "…出席" pages) opens its text with the page's own lead — "現地時間
 * 9月23日、…ニューヨークを訪問中の山本花子外務大臣は、…に出席し、演説を行ったところ、概要は以下の
 * とおりです。" — and then sums up what was said. The lead stays the text's first paragraph (it
 * introduces the summary), but it still names who spoke and where, as a lead above a statement does.
 */
function readJapaneseReportLead(body: Draft[], state: HeaderState): void {
  const first = body[0];
  if (state.metadata.speaker || first?.type !== "paragraph") return;
  const text = draftText(first).trim();
  if (!JA_REPORT_LEAD_END.test(text)) return;
  readJapaneseLead({ text, line: first.lines[0]?.line ?? 1, heading: false }, state);
}

/** "SECRETARY BLINKEN:  Well, good afternoon …": a transcript's label for who speaks, in capitals. */
const CAPS_TURN_LABEL = /^((?:[A-Z][A-Z.'’-]+\s){0,3}[A-Z][A-Z.'’-]+):\s+(?=\S)/u;

/** "SECRETARY BERG:  Good afternoon, everyone.": the address after a transcript's label starts the text. */
function withoutTurnLabel(text: string): string {
  const label = CAPS_TURN_LABEL.exec(text);
  if (!label) return text;
  const rest = text.slice(label[0].length);
  return isAddressLine(rest) ? rest : text;
}

/**
 * A press office's transcript of one speaker opens the text with the speaker's label
 * ("SECRETARY BLINKEN:  Well, …"). When no other paragraph carries a label (no questions, no
 * moderator), the label is who spoke, not words said: it comes off, and names the speaker if
 * nothing else did. A transcript of several voices keeps its labels.
 */
function readTranscriptLabel(body: Draft[], state: HeaderState): void {
  const first = body[0];
  const line = first?.type === "paragraph" ? first.lines[0] : undefined;
  const run = line?.runs[0];
  const label = run ? CAPS_TURN_LABEL.exec(run.text) : null;
  if (!first || !line || !run || !label?.[1] || /^\d/u.test(label[1])) return;
  for (const draft of body.slice(1))
    for (const other of draft.lines) if (CAPS_TURN_LABEL.test(other.runs[0]?.text ?? "")) return;
  if (!state.metadata.speaker)
    set(state, "speaker", titleCased(label[1]), "speaker's label opening a transcript", line.line, label[0]);
  body[0] = withoutOpening(first, label[0].length);
}

function readGluedDateline(body: Draft[], state: HeaderState): void {
  const first = body[0];
  const line = first?.type === "paragraph" ? first.lines[0] : undefined;
  const run = line?.runs[0];
  if (!first || !line || !run) return;
  const found = GLUED_DATELINE.exec(run.text);
  const dated = found?.[1] ? readDateVenue(found[1].replace(/\s*[–—]\s*/gu, ", "), []) : undefined;
  if (!found || !dated?.date || !dated.venue) return;
  const current = originOf(state, "date");
  if (current && WEAK_DATE_RULES.has(current.rule)) forget(state, "date");
  set(state, "date", dated.date, "dateline glued to the text", line.line, found[1] ?? "");
  set(state, "venue", dated.venue, "dateline glued to the text", line.line, found[1] ?? "");
  body[0] = withoutOpening(first, found[0].length);
}

/** `paragraph` without the first `length` characters of its first run (a dateline, a label). */
function withoutOpening(paragraph: Draft, length: number): Draft {
  const [line, ...others] = paragraph.lines;
  const run = line?.runs[0];
  if (!line || !run) return paragraph;
  const rest = { ...run, text: run.text.slice(length) };
  return { ...paragraph, lines: [{ ...line, runs: [rest, ...line.runs.slice(1)] }, ...others] };
}

/** Whether a title line names `name` as who speaks: "Discours de X", "Statement by X", "Rede von X". */
function namedAsSpeakerIn(titles: readonly string[] | undefined, name: string): boolean {
  if (titles === undefined || CITY_ANYWHERE.test(name)) return false;
  for (const title of titles)
    for (const word of SPEAKER_PREPOSITIONS) if (title.includes(`${word} ${name}`)) return true;
  return false;
}

const SPEAKER_PREPOSITIONS = ["by", "de", "du", "del", "di", "von", "of"];

/** The date `text` ends on (marks after it aside), and what comes before it. */
function dateAtEnd(
  text: string,
): { found: NonNullable<ReturnType<typeof findDate>>; before: string } | undefined {
  const trimmed = text.replace(/[\s).,|:]+$/u, "");
  const found = findDate(trimmed);
  if (found === undefined || found.index + found.length !== trimmed.length) return undefined;
  return { found, before: trimmed.slice(0, found.index) };
}

function endsWithDate(text: string): boolean {
  return dateAtEnd(text) !== undefined;
}

/** "…, NEW YORK, 28 SEPTEMBER 2018", "…, Geneva, 5 May 2020": a line ending on a place and its date. */
function endsOnDateline(text: string): boolean {
  const before = dateAtEnd(text)?.before;
  if (before === undefined) return false;
  const place = before.replace(/[\s,(–—-]+$/u, "");
  // "…, Geneva, 18 July 2017", "… on Migration in Geneva, 18 July 2017".
  return (
    (cityBeforeDate(place) ?? capitalCityBeforeDate(before) ?? CITY_IN_AT_END.exec(place)?.[1]) !== undefined
  );
}

/** "21 October 2014 – Statement on …": a post's date and a dash before its headline come off. */
function withoutLeadingDate(text: string): string {
  const found = findDate(text);
  if (found?.index !== 0) return text;
  const dash = /^\s*[–—|-]\s+(?=\S)/u.exec(text.slice(found.length));
  return dash ? text.slice(found.length + dash[0].length) : text;
}

/** Whether most of a line's letters are Latin ones. */
function latinScript(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return (text.match(/\p{Script=Latin}/gu)?.length ?? 0) * 2 > letters;
}

/** "Un Conseil plus représentatif [en]": a link to the page in another language, glued to a headline. */
const BRACKETED_MONTH = new RegExp(`\\s*\\[${MONTH_PATTERN}\\s+\\d{4}\\]$`, "iu");

/** "(nur Englisch)", "(texto em inglês)": the language the text below a headline is in. */
const LANGUAGE_ASIDE =
  /\s*\((?:(?:texto|testo|intervento|intervenção|discurso|texte)\s+(?:em|in|en)\s+(?:inglês|inglese|inglés|anglais)|nur\s+(?:auf\s+)?Englisch|мовою\s+оригіналу|на\s+языке\s+оригинала|(?:in\s+the\s+)?original\s+language|(?:in\s+)?English(?:\s+only)?|(?:seulement\s+)?en\s+anglais(?:\s+seulement)?|(?:solo\s+)?en\s+inglés|solo\s+in\s+inglese)\)$/iu;

/** An e-mail's subject label, left on a mailing list's repost: "Subject: RDTL: Statement to …". */
const MAIL_SUBJECT = /^(?:Subject|Subj|Objet|Asunto|Assunto|Betreff)\s*:\s+(?=\S)/iu;

/**
 * A headline without a page's labels round it: a language link ("[en]"), an aggregator's tags,
 * the language of the text below it.
 */
function withoutPageLabels(text: string): string {
  return (
    withoutLeadingDate(text)
      .replace(/\s*\[(?:en|fr|es|ar|ru|zh|de|pt|ja|ko)\]$/i, "")
      .replace(LANGUAGE_ASIDE, "")
      // An aggregator's labels round a headline: "PRESS RELEASE : … [March 2025]", "PRESS RELEASE BY
      // THE MINISTRY FOR …: Statement by …".
      .replace(
        /^(?:PRESS RELEASE|Press release|NEWS|News|SPEECH|Speech|REMARKS|Remarks)(?:\s+(?:BY|by|FROM|from)\s+[^:|]{3,120}?)?\s*[:|]\s+(?=\S)/,
        "",
      )
      .replace(BRACKETED_MONTH, "")
      .replace(MAIL_SUBJECT, "")
      // A bilingual site's language label before the headline: "English: Statement by …".
      .replace(/^(?:English|In English|English version|English translation)\s*[:：]\s+(?=\S)/u, "")
      // A document-sharing site's button glued to the document's name: "Download MINISTRO DE …".
      .replace(/^Download\s+(?=\p{Lu}{2})/u, "")
      .replace(/^\[Archived?\]\s*/iu, "")
      // A document site's "Source:" label, and dots left from a PDF's leader line ("........ N").
      .replace(/^Source\s*:\s*(?=\S)/u, "")
      .replace(/^[.…]{4,}\s*(?:\p{Lu}\s+)?(?=\p{Lu})/u, "")
      // A "Back" link glued to the headline: "Back 129th Session of the Committee of Ministers".
      .replace(/^(?:Back|Retour|Volver|Zurück|Indietro)\s+(?=[\p{Lu}\d])/u, "")
      // A release's number before its headline: "No:318/18, Statement by …", "N° 45/2019 – …".
      .replace(/^(?:No|Nr|N[°º])\.?\s*:?\s*\d+(?:\/\d+)*\s*[,:–—-]?\s+(?=\p{Lu})/u, "")
      // A page's date code before its headline (Australia's UN mission): "240812 - UN Security …".
      .replace(/^\d{6}\s*[-–—]\s+(?=\S)/u, "")
  );
}

/**
 * "Statement of the Minister of Foreign Affairs of Uzbekistan Davron Ismoilov at …", "Speech by
 * the President of the Kyrgyz Republic Bakyt Sultanaliev at …": an office of a country, then the
 * name with no comma between; the speaker is all of it, as the title gives it. The capitalised
 * words after "of" are split where a country's name ends and a name of two or three words begins.
 */
const OFFICE_COUNTRY_NAME =
  /\b(?:[Ss]tatement|[Ss]peech|[Aa]ddress|[Rr]emarks)\s+(?:of|by)\s+the\s+((?:[\p{Lu}][\p{L}-]*\s+|of\s+|for\s+|and\s+){1,8}?of\s+(?:the\s+)?)((?:[\p{Lu}][\p{L}'’-]*\s+){2,5}[\p{Lu}][\p{L}'’-]*)(?=\s+(?:at|to|on|before|in|during)\s|\s*[,(]|\s*$)/u;

function officeOfCountryThenName(title: string): string | undefined {
  const found = OFFICE_COUNTRY_NAME.exec(title);
  const office = found?.[1];
  const words = found?.[2]?.split(/\s+/) ?? [];
  if (office === undefined || !OFFICE_LINE.test(office)) return undefined;
  for (let split = 1; split <= 3 && words.length - split >= 2; split++) {
    const name = words.slice(split);
    // "… of Cyprus Ambassador Nikos Petrides": an office word before the name is the byline rules'.
    if (name.length > 3 || OFFICE_LINE.test(name[0] ?? "") || HONORIFIC.test(`${name[0]} `)) continue;
    if (!countryNamed(words.slice(0, split).join(" ")) || countryNamed(name.join(" "))) continue;
    return `${office}${words.join(" ")}`;
  }
  return undefined;
}

/** "… Prime Minister of Jamaica The Most Honourable Desmond Whitfield, ON, MP at …": the style and name. */
const HONOURABLE_NAME =
  /\b((?:The\s+)?(?:Most|Right|Rt\.?)\s+Hon(?:ou?rable|\.)\s+[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){1,3})(?=,|\s+(?:at|to|on|before)\s)/u;
/** "Speech of the President Stefan Kalinov before …": a head of state's or minister's office, then the name. */
const OFFICE_THEN_NAME =
  /\b(?:[Ss]tatement|[Ss]peech|[Aa]ddress|[Rr]emarks)\s+(?:of|by)\s+the\s+((?:Vice[- ])?(?:President|Prime Minister|Foreign Minister|Minister of Foreign Affairs|Chancellor|King|Queen|Emir|Crown Prince)\s+[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){1,2})(?=\s+(?:at|to|on|before|in|during)\s)/u;

/** An agency's head by office, then the name (captured): the part the rules below share. */
const HEAD_OFFICE =
  "(?:[\\p{Lu}][\\p{L}.&-]*\\s+){0,3}(?:Executive\\s+|Deputy\\s+|Regional\\s+)?(?:Director(?:-General)?|Director General|Secretary-General|Secretary General|High Commissioner|Administrator|Chief|Special (?:Envoy|Representative|Rapporteur))\\s+((?:[\\p{Lu}][\\p{L}'’.-]*\\s+){1,3}[\\p{Lu}][\\p{L}'’-]+?)";
/**
 * "UNICEF Executive Director Carolyn J. Maddox remarks at the opening …", "UN High Commissioner
 * Filippo Grandi's statement to …": a press office's headline, an agency's head by office and
 * name, then what they said. The name alone is the speaker.
 */
const HEAD_OFFICE_NAME_REMARKS = new RegExp(
  `^${HEAD_OFFICE}(?:['’]s)?\\s+(?:opening\\s+|closing\\s+|keynote\\s+)?(?:remarks|statement|speech|address)\\s+(?:at|to|on|before|during)\\s`,
  "u",
);
/** "… published Ambassador Fu Cong's speech at …. The full text is as follows:": the cue names whose speech it is. */
const CUE_POSSESSIVE =
  /\b((?:Ambassador|Minister|President|Prime Minister|Foreign Minister|Secretary-General)\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}-]+)['’]s?\s+(?:speech|statement|remarks|address)\b/u;
/** "Following are UN Secretary-General António Guterres' remarks to …:": a UN press release's cue. */
const CUE_HEAD_OFFICE = new RegExp(
  `^Following (?:is|are) (?:the (?:full |complete )?text of )?${HEAD_OFFICE}['’]s?\\s`,
  "u",
);
/** "Prime Minister Liz Truss’s speech to the UN General Assembly": an office, the name, its speech. */
const OFFICE_NAME_POSSESSIVE =
  /^(?:[\p{Lu}][\p{L}.-]*\s+){0,2}(?:Prime Minister|President|Vice[- ]President|Foreign Secretary|Foreign Minister|Minister|Chancellor|Secretary of State|Ambassador)\s+((?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}-]+)['’]s?\s+(?:(?:opening|closing|keynote|national)\s+)?(?:speech|statement|remarks|address)\b/u;

/** "HENRY PUNA, SECRETARY GENERAL OF THE PACIFIC ISLANDS FORUM / INAUGURAL STATEMENT": a cover in capitals. */
const CAPS_NAME_THEN_OFFICE =
  /^((?:[A-Z][A-Z'’.-]+\s+){1,3}[A-Z][A-Z'’-]+),\s+(?:THE\s+)?(?:SECRETARY[- ]GENERAL|PRESIDENT|VICE[- ]PRESIDENT|PRIME MINISTER|(?:FOREIGN\s+)?MINISTER|AMBASSADOR|PERMANENT REPRESENTATIVE|CHAIR(?:PERSON|MAN|WOMAN)?|DIRECTOR[- ]GENERAL|EXECUTIVE DIRECTOR|HIGH COMMISSIONER)\b/u;

/**
 * The speaker a headline names with its office and no "by": "UNICEF Executive Director X remarks
 * at …", "Prime Minister X’s speech to …", "X, SECRETARY GENERAL OF …". For a headline chosen
 * as the title and for a title line alike.
 */
function headlineSpeaker(text: string): string | undefined {
  return (
    HEAD_OFFICE_NAME_REMARKS.exec(text)?.[1] ??
    OFFICE_NAME_POSSESSIVE.exec(text)?.[1] ??
    OFFICE_NAME_AT_EVENT.exec(text)?.[1] ??
    capsNameThenOffice(text)
  );
}

/** "Secretary Antony J. Blinken at a Press Availability": a press office's headline, the office and name, then the event. */
const OFFICE_NAME_AT_EVENT =
  /^((?:Deputy |Under |Assistant )?(?:Secretary|Ambassador)\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’-]+)\s+(?:at|with|before|during|on|to|in)\s/u;

function capsNameThenOffice(title: string): string | undefined {
  const name = CAPS_NAME_THEN_OFFICE.exec(title)?.[1];
  return name && !countryNamed(name) && !capitalNamed(name) ? name : undefined;
}

/**
 * "Remarks of the Hon’ble State Minister for Foreign Affairs H.E. Mr. Mahbub Hossain Talukder, MP
 * at …": an office, then the styled name.
 */
const OFFICE_THEN_STYLED_NAME =
  /\b(?:[Ss]tatement|[Ss]peech|[Aa]ddress|[Rr]emarks)\s+(?:of|by)\s+the\s+[^,]{3,90}?\s((?:H\.\s?E\.?|His Excellency|Her Excellency)\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?:[\p{Lu}][\p{L}'’-]+\s+){0,3}[\p{Lu}][\p{L}'’-]+)(?=,|\s+(?:at|to|on|before|during)\s)/u;
/**
 * "Speech by Minister In the Prime Minister’s Office, Second Minister for Foreign Affairs and Second
 * Minister for Education Dr Mohamad Maliki Bin Osman during …": offices, however many and however
 * capitalised, then the name after its title (Dr, Mr, Ms, Mrs, Mdm), before where it was said.
 */
const OFFICES_THEN_TITLED_NAME =
  /\b(?:[Ss]tatement|[Ss]peech|[Aa]ddress|[Rr]emarks)\s+by\s+(?:the\s+)?(?:Deputy\s+|Second\s+|Senior\s+)?(?:Minister|Secretary|Ambassador|Permanent Representative)\b(?:(?!\s(?:at|during|on|before|in|to)\s)[^.;])*?\s((?:Dr|Mr|Ms|Mrs|Mdm)\.?\s+(?:[\p{Lu}][\p{L}'’-]+\s+){0,4}[\p{Lu}][\p{L}'’-]+)(?=\s+(?:at|to|on|before|during|in)\s|\s*,|\s*$)/u;

/** "Remarks by UNICEF Executive Director Henrietta Fore at …": the same head, after "by". */
const BY_HEAD_OFFICE_NAME = new RegExp(
  `^(?:Remarks|Statement|Speech|Address|Message)\\s+(?:by|of)\\s+(?:the\\s+)?${HEAD_OFFICE}(?=,?\\s+(?:at|to|on|before|during|for)\\s)`,
  "u",
);

/** "Discurso del Presidente de la República de Venezuela Dr. Rafael Caldera ante …": the office, then a doctor's or an engineer's name. */
const FOREIGN_OFFICE_THEN_TITLED_NAME =
  /\b(?:[Pp]alabras|[Dd]iscurso|[Ii]ntervención|[Mm]ensaje|[Dd]iscours|[Aa]llocution|[Ii]ntervenção)\s+(?:del|de\s+la|du|da|do)\s+(?:Presidente?|Présidente?|Canciller|Ministr[oae]|Primer Ministro|Premier ministre|Vicepresidente?)\b[^,]{0,80}?\s+((?:Dr|Dra|Lic|Ing|Sr|Sra)\.\s+(?:[\p{Lu}][\p{L}'’-]+\s+){1,3}[\p{Lu}][\p{L}'’-]+)\s+(?:ante|en|durante|devant|lors|à|perante|na|no|em)\s/u;

function officeCommaName(title: string, pattern = OFFICE_COMMA_NAME): string | undefined {
  const name = pattern.exec(title)?.[1];
  // "HE Dr. Nkosazana Dlamini Zuma": the style stays in the speaker, the name alone is checked.
  const bare = name?.replace(/^(?:(?:H\.\s?E\.?|HE)\s+)?/u, "");
  return name && bare && PERSON_NAME.test(bare) && !countryNamed(bare) ? name : undefined;
}

/** Lower-case words inside a name: "Hamad bin Jassim Al Thani", "Ursula von der Leyen". */
const NAME_PARTICLE = "bin|bint|ibn|al|el|de|da|di|du|dos|van|von|der|la|le";
const STATEMENT_OF_SPEAKER = new RegExp(
  `\\b(?:[Ss]tatement|[Aa]ddress|[Ss]peech|[Rr]emarks)\\s+(?:of|for)\\s+((?:${HONORIFIC.source.slice(1, -2)}\\s+){1,3}(?:(?:[\\p{Lu}][\\p{L}'’.-]*|${NAME_PARTICLE})\\s+){0,6}[\\p{Lu}][\\p{L}'’-]*(?:\\s+(?:M\\.P\\.|MP|Q\\.C\\.|K\\.C\\.))?)(?=\\s*,|\\s+(?:at|to|on|before)\\b|\\s*$)`,
  "u",
);
/**
 * "Remarks of the WFP Executive Director, Helen Marwick", "Remarks of China’s Permanent
 * Representative to the United Nations, Zhang Jun": an office, then the name after a comma.
 */
const OFFICE_COMMA_NAME =
  /\b(?:[Ss]tatement|[Ss]peech|[Aa]ddress|[Rr]emarks)\s+(?:of|by)\s+(?:the\s+|[\p{Lu}][\p{L}]+['’]s\s+)[^,]{0,60}?\b(?:Director|Secretary|Minister|President|Commissioner|Representative|Chair(?:man|woman|person)?|Ambassador|Envoy|Administrator|Coordinator)(?:[- ]General)?(?:\s+of\s+the\s+(?:[\p{Lu}][\p{L}'’-]+\s+){0,4}(?:Commission|Union|Organi[sz]ation|Council|Assembly|Secretariat|Community)|\s+to\s+the\s+(?:United Nations|UN)(?:\s+(?:Office\s+)?(?:at|in)\s+[\p{Lu}][\p{L}]+)?)?,\s+((?:(?:H\.\s?E\.?|HE|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|Prof\.?)\s+){0,2}(?:[\p{Lu}][\p{L}'’-]+\s+){1,3}[\p{Lu}][\p{L}'’-]+)\s*(?:,|$|\s+(?:at|to|on|before|for)\s)/u;
/**
 * The same in Spanish, French or Portuguese: "Palabras del Ministro de Relaciones Exteriores de El
 * Salvador, Raúl Menjívar, durante …", "Allocution de la Ministre …, Anne Roux, à …".
 */
const FOREIGN_OFFICE_COMMA_NAME =
  /\b(?:[Pp]alabras|[Dd]iscurso|[Ii]ntervención|[Dd]eclaración|[Mm]ensaje|[Dd]iscours|[Dd]éclaration|[Aa]llocution|[Ii]ntervention|[Ii]ntervenção|[Dd]eclaração)\s+(?:del|de\s+la|de\s+l['’]|du|da|do)\s*[^,]{0,80}?\b(?:Ministr[oae]|Canciller|Vicecanciller|President[ea]|Présidente?|Embajador(?:a)?|Ambassadeur|Ambassadrice|Embaixador(?:a)?|Secretari[oa]|Secrétaire|Representante|Représentante?)\b[^,]{0,80}?,\s+((?:[\p{Lu}][\p{L}'’-]+\s+){1,3}[\p{Lu}][\p{L}'’-]+)\s*(?:,|$|\s+(?:en|durante|ante|con|à|au|lors|devant|na|no|em|perante|pela|por)\s)/u;
/**
 * A page's lead naming who spoke: "H.E. Mr. Nguyen Van A, Permanent Representative of …, delivered
 * a statement at …", also after a dateline's dash or a clause's comma ("…, 8 December 2010—His
 * Excellency …", "Outgoing Chair of …, the Hon. …, Minister …, made remarks at …"). The name is
 * the honorifics and the capitalised words after them.
 */
const LEAD_SPEAKER = new RegExp(
  `(?:^|,\\s+|\\s*[—–]\\s*)((?:[Tt]he\\s+)?(?:${HONORIFIC.source.slice(1, -2)}\\s+){1,3}(?:(?:[\\p{Lu}][\\p{L}'’.-]*|${NAME_PARTICLE})\\s+){0,6}[\\p{Lu}][\\p{L}'’-]*)(?:,\\s*[^.;]{3,200}?)?,?\\s+(?:(?:delivered|made|gave|presented|read(?:\\s+out)?)\\s+(?:(?:a|an|the|his|her|their)\\s+)?(?:(?:national|joint|keynote|opening|closing|general)\\s+)?(?:statement|speech|remarks|address|intervention)\\b|addressed\\s+(?:the|a|an)\\s|led\\s+(?:the|his|her)\\s+(?:country['’]s\\s+|national\\s+)?delegation\\b)`,
  "u",
);

/**
 * A lead reporting the statement, the speaker's name set off by commas after the office: "On
 * Saturday …, the Minister of Foreign Affairs …, Mr. Mutale Kasonde, took the floor at …", "Le
 * ministre …, SEM Boureima Sawadogo, a pris la parole …", "La canciller, Ana Ruiz, intervino …".
 */
const REPORTED_SPEAKER = new RegExp(
  `,\\s+((?:(?:${HONORIFIC.source.slice(1, -2)}|SEM|S\\.E\\.M\\.|M\\.|Mme|Sr\\.|Sra\\.|Dra?\\.)\\s+){0,3}(?:(?:[\\p{Lu}][\\p{L}'’.-]*|${NAME_PARTICLE})\\s+){1,4}[\\p{Lu}][\\p{L}'’-]*),\\s+(?:took the floor|addressed|delivered|spoke|said|told|stressed|participated|took part|a pris la parole|a prononcé|a déclaré|a souligné|a présenté|a participé|est intervenue?|tomó la palabra|intervino|pronunció|señaló|afirmó|destacó|expuso|presentó|participó|ha (?:participado|intervenido|pronunciado|tomado la palabra)|tomou a palavra|participou|discursou|afirmou|destacou|interveio|proferiu)(?!\\p{L})`,
  "u",
);

/**
 * A Japanese page's lead: "…を訪問中の森下誠一首相は24日午後、国連総会で一般討論演説を行った。",
 * "2月26日、…において、小野寺総理補佐官がステートメントを実施しました。" — who spoke, and often the
 * day and the city.
 */
const JA_LEAD =
  /([\p{Script=Han}々]{1,6}(?:内閣総理大臣|総理大臣|総理補佐官|首相|外務大臣政務官|外務副大臣|外務大臣|外相|副大臣|政務官|国連大使|大使|常駐代表|外務審議官|外務報道官|官房長官|大臣))(?:は|が)[^。]{0,100}?(?:演説|スピーチ|ステートメント|発言|挨拶|あいさつ|講演)を?(?:行|実施|し)/u;
/** The lead's day, with its month or without: "9月24日午後", "20日午後（日本時間21日未明）". */
const JA_LEAD_DAY = /(?<![\d年])(?:(\d{1,2})月)?(\d{1,2})日/u;
const JA_LEAD_CITY = new RegExp(
  `(${VENUE_CITY})(?:を訪問中|で開(?:かれ|催され)|で行われ)|[（(](${VENUE_CITY})[\\s　]`,
  "u",
);

function readJapaneseLead(line: HeaderLine, state: HeaderState): void {
  const lead = JA_LEAD.exec(line.text);
  if (!lead) return;
  set(state, "speaker", lead[1], "speaker in a news lead above the statement", line.line, line.text);
  const city = JA_LEAD_CITY.exec(line.text);
  const name = city?.[1] ?? city?.[2];
  if (name) set(state, "venue", name, "city in a news lead above the statement", line.line, line.text);
  // The lead gives the day; the page's own date (its timestamp or date line) gives the year.
  const day = JA_LEAD_DAY.exec(line.text.slice(0, lead.index + lead[0].length));
  const current = originOf(state, "date");
  const page = state.metadata.date?.start;
  if (!day || !current || !page || !WEAK_DATE_RULES.has(current.rule)) return;
  const spoken = dayBefore(page, day[1] === undefined ? undefined : Number(day[1]), Number(day[2]));
  if (!spoken || spoken === page) return;
  state.origins = state.origins.filter((origin) => origin !== current);
  state.metadata.date = undefined;
  set(
    state,
    "date",
    { start: spoken, text: day[0] },
    "day in a news lead, year from the page's date",
    line.line,
    line.text,
  );
}

/** The ISO date of `month`/`day` (or `day` alone) on or before the page's date `page`, if valid. */
function dayBefore(page: string, month: number | undefined, day: number): string | undefined {
  const [year = 0, pageMonth = 0, pageDay = 0] = page.split("-").map(Number);
  let y = year;
  let m = month ?? pageMonth;
  if (month === undefined && day > pageDay) m -= 1;
  if (m < 1) {
    m = 12;
    y -= 1;
  }
  if (month !== undefined && (month > pageMonth || (month === pageMonth && day > pageDay))) y -= 1;
  const date = new Date(Date.UTC(y, m - 1, day));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};
/** "Wednesday 25 September, 11am", "Tuesday, September 24": a weekday and a day with no year. */
const YEARLESS_DAY =
  /^(?<weekday>(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day),?\s+(?:(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?<month>\p{L}{3,9}\.?)|(?<month2>\p{L}{3,9}\.?)\s+(?<day2>\d{1,2})(?:st|nd|rd|th)?)(?:,?\s*(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|h))?\.?$/iu;

/**
 * "Wednesday 25 September, 11am" in a statement's cover under a page dated "26 September 2024":
 * the day it was given, in the page date's year (or the year before), when the weekday agrees.
 * It replaces the page's date; without one, or with another weekday, the line dates nothing.
 */
function readYearlessDay(text: string, state: HeaderState, line: number): boolean {
  const found = YEARLESS_DAY.exec(text)?.groups;
  const month = found ? monthNumber(found.month ?? found.month2 ?? "") : undefined;
  if (!found || month === undefined) return false;
  const current = originOf(state, "date");
  const page = state.metadata.date?.start;
  const day = Number(found.day ?? found.day2);
  if (!current || !page || !WEAK_DATE_RULES.has(current.rule)) return true;
  const spoken = dayBefore(page, month, day);
  const weekday = WEEKDAYS[(found.weekday ?? "").toLowerCase()];
  if (!spoken || spoken === page || new Date(`${spoken}T00:00:00Z`).getUTCDay() !== weekday) return true;
  state.origins = state.origins.filter((origin) => origin !== current);
  state.metadata.date = undefined;
  set(state, "date", { start: spoken, text }, "weekday and day, year from the page's date", line, text);
  return true;
}

/**
 * The capital a place line ends on: two to four parts, each a capitalised name of up to five
 * words, the last a national capital ("Speke Resort, Munyonyo, Kampala"). No date, no sentence.
 */
function placeLineCapital(text: string): string | undefined {
  if (text.length > 100 || /[.!?:;]$|\d/u.test(text)) return undefined;
  const parts = text.split(/\s*,\s*/u);
  if (parts.length < 2 || parts.length > 4) return undefined;
  if (!parts.every((part) => /^\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,4}$/u.test(part))) return undefined;
  // "Addis Ababa, Ethiopia": the capital, then its country.
  if (parts.length >= 2 && countryNamed(parts.at(-1) ?? "")) return capitalNamed(parts.at(-2) ?? "");
  return capitalNamed(parts.at(-1) ?? "");
}

/** The first of `parts` that names a national capital, as the country data writes it. */
function firstCapital(parts: readonly string[]): string | undefined {
  for (const part of parts) {
    const capital = capitalNamed(part);
    if (capital) return capital;
  }
  return undefined;
}

function reportedSpeaker(text: string): string | undefined {
  const name = REPORTED_SPEAKER.exec(text)?.[1];
  return name && !countryNamed(name) && !capitalNamed(name) ? name : undefined;
}

/** "…, Sixth Committee, item 80, statement by the ICRC, New York, 22 October 2012.": the city before the date that ends a line. */
function cityBeforeClosingDate(text: string): string | undefined {
  const found = findDate(text);
  if (!found || !/^[\s.)]*$/.test(text.slice(found.index + found.length))) return undefined;
  return cityBeforeDate(text.slice(0, found.index));
}

/**
 * A speaker field's value: "Jeanneret Marc-André; Chef du Département, Marc-André Jeanneret" gives
 * the name after the office, as it is written in the text; a value without ";" is kept whole.
 */
function fieldName(value: string): string {
  const [first = value, second] = value.split(/\s*;\s*/u);
  const named = second?.split(/\s*,\s*/u).at(-1);
  return named && PERSON_NAME.test(named) ? named : first;
}

const PLACE_NAME = "\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){0,2}";
/** "Cancun, Mexico, 8 December 2010—His Excellency …": a lead's dateline, a city then its country. */
const DATELINE_CITY_COUNTRY = new RegExp(`^(${PLACE_NAME}),\\s+(${PLACE_NAME}),\\s+`, "u");
/** "… made remarks at the opening of … in Kingston, Jamaica on Tuesday …": a city, then its country. */
const IN_CITY_COUNTRY = new RegExp(
  `${PLACE_PREPOSITION}\\s+(${PLACE_NAME}),\\s+(${PLACE_NAME})(?=[\\s,.;)]|$)`,
  "gu",
);

/** A city a lead names beside its country, in a dateline before a date and a dash or after "in". */
function cityBesideCountry(text: string): string | undefined {
  const dateline = DATELINE_CITY_COUNTRY.exec(text);
  if (dateline?.[1] && dateline[2] && countryNamed(dateline[2]) && !countryNamed(dateline[1])) {
    const rest = text.slice(dateline[0].length);
    const found = findDate(rest);
    if (found?.index === 0 && /^\s*[—–-]/u.test(rest.slice(found.length))) return dateline[1];
  }
  for (const found of allMatches(IN_CITY_COUNTRY, text)) {
    const [, city = "", country = ""] = found;
    if (countryNamed(country) && !countryNamed(city) && !MEETING.test(city)) return city;
  }
  return undefined;
}

/** A name in capitals, two to five words, then the office or mission it holds, with no comma between. */
const CAPS_NAME_BEFORE_OFFICE =
  /^((?:[\p{Lu}][\p{Lu}'’.-]*\s+){1,4}[\p{Lu}][\p{Lu}'’.-]*)\s+(?:PERMANENT|DEPUTY|MINISTER|AMBASSADOR|CHARGÉ|SECRETARY|DIRECTOR|HEAD OF|COUNSELLOR|FIRST SECRETARY|SECOND SECRETARY|ALTERNATE|SPECIAL|ACTING|DELEGATE|REPRESENTATIVE)\b/u;

/** Whether `text` ends on a whole date ("…, 6 FEBRUARY 2023"). */
function endsOnDate(text: string): boolean {
  const found = findDate(text);
  return found !== undefined && found.index > 0 && text.slice(found.index + found.length).trim() === "";
}

/** Days from one ISO date to a later one. */
function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

/** A lead's word for the day before its own date. */
const YESTERDAY = /\b(?:yesterday|ayer|hier|ontem|gestern|ieri)\b/iu;

function previousDay(date: StatementDate): StatementDate {
  const day = new Date(`${date.start}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return { start: day.toISOString().slice(0, 10), text: `yesterday, as of ${date.text}` };
}

const LEAD_DATE_CITY_BY = new RegExp(
  `^[^,–—-]{6,30},\\s+(?<city>${VENUE_CITY})\\s+[–—-]\\s+(?:[\\p{Lu}][\\p{L}]+\\s+)?(?:Statement|Remarks|Speech|Address)\\b[^.]{0,200}?\\bby\\s+(?<speaker>(?:H\\.\\s?E\\.?\\s+)?(?:(?:Mr|Ms|Mrs|Dr)\\.?\\s+)?(?:[\\p{Lu}][\\p{L}'’-]+\\s+){0,3}[\\p{Lu}][\\p{L}'’-]+)(?=,)`,
  "u",
);

/** A news report's dateline at a lead's start: its city, then the date (see `readHeaderSentence`). */
const NEWS_DATELINE = new RegExp(`^(?<city>${VENUE_CITY}),\\s+`, "u");

/** A header sentence the page added ("… delivered in Geneva on 26 May 2023."): its date and city. */
function readHeaderSentence(line: HeaderLine, state: HeaderState): void {
  readJapaneseLead(line, state);
  // "Below is the full statement delivered by the Prime Minister:" named an office; the lead
  // names the person holding it ("The Right Honourable Prime Minister X addressed …").
  const lead = LEAD_SPEAKER.exec(line.text)?.[1];
  const cued = originOf(state, "speaker")?.rule === "speaker named in a full-text cue";
  if (cued && lead && state.metadata.speaker && lead.includes(state.metadata.speaker))
    forget(state, "speaker");
  // "His Excellency X, Minister of Foreign Affairs, led the delegation of the State of Kuwait to …":
  // the lead that names the speaker names the country.
  if (lead && !state.delegation) {
    const owner = delegationInHeader(line.text);
    if (owner) noteDelegation(state, owner, line.line);
  }
  if (!state.metadata.speaker) {
    const reported = lead ? undefined : reportedSpeaker(line.text);
    if (lead)
      set(state, "speaker", lead, "speaker named in a sentence above the statement", line.line, line.text);
    else if (reported)
      set(
        state,
        "speaker",
        reported,
        "speaker named between commas in a lead above the statement",
        line.line,
        line.text,
      );
  }
  // "16 January 2024, New York - Statement on behalf of the European Union … by H.E. Ms. Hedda
  // Samson, Ambassador, …": an EU delegation's lead, its date and city first, its speaker after "by".
  const eeas = LEAD_DATE_CITY_BY.exec(line.text);
  if (eeas?.groups?.city && findDate(line.text)?.index === 0)
    set(state, "venue", eeas.groups.city, "city after the date a lead opens with", line.line, line.text);
  if (eeas?.groups?.speaker)
    set(state, "speaker", eeas.groups.speaker, "speaker named after “by” in a lead", line.line, line.text);
  // "New York, 19 March 2022 (TDI): …": a news report's dateline, the city where it was said.
  const news = NEWS_DATELINE.exec(line.text);
  if (news?.groups?.city && !state.metadata.venue) {
    const rest = line.text.slice(news[0].length);
    const found = findDate(rest);
    if (
      found?.index === 0 &&
      /^\s*(?:[(（][^()（）]{1,30}[)）])?\s*(?::|--|[—–-])\s/u.test(rest.slice(found.length))
    )
      set(state, "venue", news.groups.city, "city of a news report's dateline", line.line, line.text);
  }
  if (!state.metadata.date) {
    const found = findDate(line.text);
    if (found) set(state, "date", found.date, "date in a sentence above the statement", line.line, line.text);
  }
  // "September 26, 2025 – The Prime Minister addressed … yesterday.": the page's date is the day after.
  const dated = originOf(state, "date");
  if (dated?.line === line.line && state.metadata.date && YESTERDAY.test(line.text)) {
    const before = previousDay(state.metadata.date);
    forget(state, "date");
    set(state, "date", before, "the day before a lead's date that says “yesterday”", line.line, line.text);
  }
  if (!state.metadata.venue) {
    const city = CITY_IN_SENTENCE.exec(line.text);
    const name = city?.[1] ?? city?.[2] ?? cityBeforeClosingDate(line.text) ?? cityBesideCountry(line.text);
    if (name) set(state, "venue", name, "city in a sentence above the statement", line.line, line.text);
  }
  // "Asamblea General de Naciones Unidas, Nueva York": a short place line without a date.
  const placeLine = line.text.length < 150 ? CITY_AT_END.exec(line.text.replace(/\.$/, ""))?.[1] : undefined;
  if (placeLine) set(state, "venue", placeLine, "city at the end of a header line", line.line, line.text);
}

/**
 * Keeps the first delegation evidence below the site's banner; evidence inside the banner (the
 * mission or ministry that runs the site) is kept apart, since sites repost others' statements.
 */
function noteDelegation(state: HeaderState, found: DelegationEvidence, line: number): void {
  if (line <= (state.bannerEnd ?? 0)) state.siteDelegation ??= { ...found, line };
  else state.delegation ??= { ...found, line };
}

/** Where a field was read from, if it was. */
function originOf(state: HeaderState, field: keyof Metadata): FieldOrigin | undefined {
  return state.origins.find((origin) => origin.field === field);
}

/** Takes back a field read earlier, so that a better reading of it can be set. */
function forget(state: HeaderState, field: keyof Metadata): void {
  state.origins = state.origins.filter((origin) => origin.field !== field);
  state.metadata[field] = undefined;
}

/** A name's last word, lower case: how two forms of one person's name are matched. */
function familyName(name: string): string {
  return name.toLowerCase().split(/\s+/).at(-1) ?? "";
}

/**
 * Whether `speaker` names the one already read (`current`) more fully: a headline's "Minister Van
 * Leeuwen", then its lead's "Minister of Foreign Affairs Joris van Leeuwen". The same family name
 * closing both, and more words.
 */
function namesMoreFully(speaker: string, current: string | undefined): boolean {
  if (current === undefined) return false;
  const words = (name: string) => name.split(/\s+/).length;
  if (familyName(current).length <= 2 || familyName(current) !== familyName(speaker)) return false;
  // "Statement by Foreign Minister Mart Kivisoo at …" above the byline "Statement by H.E. Mr Mart
  // Kivisoo": the name with its style, not the office, is how the page names the person.
  return (
    words(speaker) > words(current) ||
    (OFFICE_BEFORE_NAME.test(current) && HONORIFIC.test(`${speaker} `) && !OFFICE_BEFORE_NAME.test(speaker))
  );
}

const OFFICE_BEFORE_NAME =
  /^(?:(?:Foreign|Prime|Deputy|Vice|Deputy Prime)\s+)?(?:Minister|President|Chancellor|Premier)\s/u;

/**
 * Whether the speaker read so far came from a byline in another language ("Intervento della
 * Dott.ssa Chiara Benedetti") and `speaker` is the same person in an English title line ("Dr.
 * Chiara Benedetti"), the text's own language on a site that introduces it in the site's.
 */
function namedInAnotherLanguage(speaker: string, state: HeaderState): boolean {
  const origin = state.origins.find((each) => each.field === "speaker");
  const current = state.metadata.speaker;
  if (!origin || current === undefined || !FOREIGN_BYLINE_RULE.test(origin.rule)) return false;
  return familyName(current) === familyName(speaker);
}

/** Records a field unless it is set; false when it was. */
function set<K extends keyof Metadata>(
  state: HeaderState,
  field: K,
  value: Metadata[K],
  rule: string,
  line: number,
  text: string,
): boolean {
  if (state.metadata[field] !== undefined || value === undefined || value === "") return false;
  state.metadata[field] = value;
  state.origins.push({ field, line, rule, text: shorten(text) });
  return true;
}

/**
 * Reads one header line into the state. Returns "title" for a title line (chosen later),
 * "meeting" for a meeting line, true for any other line a rule read, false when none did.
 */
function readHeaderLine(
  source: string,
  line: number,
  heading: boolean,
  state: HeaderState,
): "title" | "meeting" | boolean {
  let text = source;
  if (text === "" || text.length > 400) return false;
  // "Relaciones MultilateralesSEPTIEMBRE 27, 2024 05:10 PM": a site's section glued to its date.
  const glued = GLUED_CAPITALS.exec(text);
  if (glued && findDate(text.slice(glued.index + 1))) text = text.slice(glued.index + 1);
  const { metadata } = state;
  // Any header line may name the delegation ("Head of Delegation of the Holy See to the 72nd
  // Session of the Executive Committee" is a meeting line too).
  // "…, the Ambassador of the Republic of Albania, Arben Shehu, also addressed the reception.": a
  // lead naming another speaker names another's country.
  const owner = ANOTHER_SPEAKER.test(text)
    ? undefined
    : (delegationInHeader(text) ?? delegationDelivering(text));
  if (owner) noteDelegation(state, owner, line);
  // "El Representante Permanente de México …, Andrés Salgado Ruiz, ha participado en …" with no
  // full stop: a lead read as a header line still names who spoke.
  const reported = owner && !metadata.speaker ? reportedSpeaker(text) : undefined;
  if (reported)
    set(state, "speaker", reported, "speaker named between commas in a lead above the statement", line, text);
  if (readYearlessDay(text, state, line)) return true;
  const dated = readDateVenue(text, state.warnings);
  // "Laurent Mbuyi Kalala - 25 septembre 2013" under "Discours de Laurent Mbuyi Kalala …": a
  // byline and its date; the name is the speaker's, no place.
  if (dated?.venue && namedAsSpeakerIn(state.titleTexts, dated.venue)) dated.venue = undefined;
  if (dated) {
    const current = originOf(state, "date");
    // A date line of its own beats a range read from a session or meeting line, and a dateline
    // with its place ("Geneva – March 15, 2023") or the hour and room of delivery beats a bare
    // page date or a page timestamp above it.
    const weak =
      current &&
      dated.date &&
      ((current.rule !== "date line" &&
        current.rule !== "dateline with its place" &&
        metadata.date?.end &&
        !dated.date.end) ||
        ((dated.venue || dated.spoken || dated.placed) && WEAK_DATE_RULES.has(current.rule)) ||
        // A date on a line of its own beats one read from a line with other words on it (a topic
        // broken before its date: "Aleppo on 3 May 2019" above "Thursday, 12 September 2019").
        (current.rule === "date in a header line" && !dated.date.end && current.line < line) ||
        // A board's "Date" field (when the page was posted) gives way to the statement's own date.
        (current.rule === "page's date field" && !dated.date.end && current.line < line) ||
        // A site's clock above its own banner ("Tuesday, 12 March 2024" / "Permanent Mission of …")
        // gives way to the statement's date below it.
        (current.line <= (state.bannerEnd ?? 0) && line > (state.bannerEnd ?? 0) && !dated.date.end) ||
        // A blog's posting date above the headline ("Thursday, August 2, 2018") gives way to a
        // date line under it, in the statement's own header ("June 26, 2018").
        (state.firstTitle !== undefined &&
          current.line < state.firstTitle &&
          line > state.firstTitle &&
          WEAK_DATE_RULES.has(current.rule) &&
          !dated.date.end) ||
        // "2023/11/02 - 09:14" (when the page was posted) above "24 Oct 2023": the earlier day,
        // on a line of its own without a clock, is the statement's.
        (current.rule === "page timestamp" &&
          !dated.date.end &&
          !/\d{1,2}[:：]\d{2}/.test(text) &&
          metadata.date !== undefined &&
          dated.date.start < metadata.date.start));
    if (current && weak) {
      state.origins = state.origins.filter((origin) => origin !== current);
      metadata.date = undefined;
    }
    if (metadata.date && dated.date) {
      // "Geneva, 5 October 2021" below a title that gave the day: the place still counts.
      if (dated.venue && metadata.date.start === dated.date.start)
        set(state, "venue", dated.venue, "place before or after the date", line, text);
      return true;
    }
    const rule =
      dated.venue || dated.placed
        ? "dateline with its place"
        : dated.spoken
          ? "hour, date and room of delivery"
          : /\d{1,2}[:：]\d{2}/.test(text)
            ? "page timestamp"
            : "date line";
    if (dated.date) set(state, "date", dated.date, rule, line, text);
    if (dated.venue) set(state, "venue", dated.venue, "place before or after the date", line, text);
    // "Statement by Deputy Minister X, … at a Public Lecture on … - 22 February 2019, Cape Town.":
    // a headline that ends on its dateline is the title too, and names its speaker.
    if (isTitleLine(text) && longBeforeDate(text)) {
      readTitleParts(text, line, state);
      return "title";
    }
    return true;
  }
  // "Csaba Kőrösi, President of the 77th session of the General Assembly": a name, then its office.
  const [person = "", office = ""] = text.split(/,\s*/, 2);
  if (
    PERSON_NAME.test(person) &&
    OFFICE_LINE.test(office) &&
    !SENTENCE_END.test(text) &&
    !countryNamed(person)
  ) {
    set(state, "speaker", person, "name and office on one line", line, text);
    return true;
  }
  const venue = VENUE_LINE.exec(text.replace(/^[◦•·*▪○◇◆■□]\s*/u, ""))?.[1]?.trim();
  const venueCity = venue ? CITY_ANYWHERE.exec(venue)?.[0] : undefined;
  if (venueCity) {
    set(state, "venue", venueCity, "venue line", line, text);
    return true;
  }
  if (venue && (VENUE.test(venue) || VENUE_JA.test(venue))) {
    set(state, "venue", venue.replace(/^於[:：]?\s*/u, ""), "venue line", line, text);
    return true;
  }
  // "USNew York": a site's flag code glued to the city line.
  if (/^[A-Z]{2}\p{Lu}\p{Ll}/u.test(text) && CITY_LINE.test(text.slice(2))) text = text.slice(2);
  // "Helsinki , ": a place line whose date the site left empty.
  text = text.replace(/\s+,\s*$/u, "");
  // "SPEKE RESORT, MUNYONYO, KAMPALA": a place line ending on a national capital (or on a capital
  // and its country).
  const capital = placeLineCapital(text);
  if (capital && line > (state.bannerEnd ?? 0)) {
    set(state, "venue", capital, "place line ending on a capital", line, text);
    return true;
  }
  if (CITY_LINE.test(text) && line <= (state.bannerEnd ?? 0)) return true;
  if (CITY_LINE.test(text)) {
    const city = CITY_AT_START.exec(text)?.[1] ?? text.replace(/,.*$|\.$/u, "").replace(/\s+City$/, "");
    set(state, "venue", city, "city line", line, text);
    return true;
  }
  if (/^\[(?:文書名|題名|タイトル)\]\s*/u.test(text)) text = text.replace(/^\[[^\]]+\]\s*/u, "");
  if (isMostlyJapanese(text) && !/。/.test(text)) {
    if (SPEAKER_JA_LINE.test(text.replace(/[（(].*?[)）]$/u, ""))) {
      set(
        state,
        "speaker",
        text.replace(/^(?:日本政府代表|日本国政府代表|政府代表|発言者|演説者|スピーカー)[:：\s　]*/u, ""),
        "Japanese speaker line",
        line,
        text,
      );
      return true;
    }
    // A photo caption: "ステートメントを行う赤堀外務審議官" names who spoke; "会談する林大臣" no one.
    const caption = PHOTO_CAPTION_JA.exec(text);
    if (caption?.groups) {
      if (!metadata.speaker && SPEECH_ACT_JA.test(text))
        set(state, "speaker", caption.groups.who ?? "", "photo caption of the speaker", line, text);
      return true;
    }
    if (
      /(?:代表部|大使館|総領事館|外務省|政府代表団)$/u.test(text) ||
      /^(?:和文|英文|英語版|日本語)/u.test(text) ||
      // A section of a site, not a page: "寄稿・提言・訓辞・挨拶集", "演説一覧".
      /(?:集|一覧|アーカイブ|バックナンバー)$/u.test(text)
    ) {
      return true;
    }
    if (metadata.titleJa && betterJapaneseTitle(metadata.titleJa, text)) {
      // A label line above ("談話・コメント") gave way to the real title.
      state.origins = state.origins.filter((origin) => origin.field !== "titleJa");
      metadata.titleJa = undefined;
    }
    if (
      !metadata.titleJa &&
      (TITLE_JA.test(text) || JA_EVENT_TITLE.test(text) || !MEETING.test(text) || text.length > 30)
    ) {
      readTitleJa(text, line, state);
      return true;
    }
    if (MEETING.test(text)) {
      state.meeting.push({ text, line });
      return true;
    }
    return state.delegation?.line === line;
  }
  // "Deputy Secretary X at the Opening of …": a press office's headline, not a speaker line.
  if (isTitleLine(text) || OFFICE_NAME_AT_EVENT.test(text)) {
    // Every title line (the page's headline, its summary) can name the speaker, date and delegation.
    readTitleParts(text, line, state);
    return "title";
  }
  if (
    SPEAKER_LINE.test(text) ||
    ((HONORIFIC.test(text) ||
      NAME_IN_CAPS.test(text) ||
      (isCapitals(text) && HONORIFIC_CAPS.test(`${text} `) && !/^(?:DEPUTY )?MINISTER\b/.test(text))) &&
      !SENTENCE_END.test(text.replace(/\b(?:Jr|Sr|a\.i)\.$/, "")))
  ) {
    readSpeaker(text.replace(SPEAKER_LINE, "$1"), line, state);
    return true;
  }
  if (owner && text.length < 200 && !SENTENCE_END.test(text)) {
    // "Source: Human Rights Council, Fourth Session March 15, 2007 General Debate Algeria on behalf
    // of …": a cover run into one line; the meeting before its date, and the date, are read too.
    const inside = metadata.date ? undefined : findDate(text);
    if (inside && inside.index > 0) {
      set(state, "date", inside.date, "date in a header line", line, text);
      const before = text
        .slice(0, inside.index)
        .replace(/^Source\s*:\s*/u, "")
        .replace(/[\s,–—-]+$/u, "");
      if (MEETING.test(before) && !delegationInHeader(before))
        state.meeting.push({ text: meetingName(before), line });
    }
    return true;
  }
  if (ORGANISATION.test(text) && text.length < 200 && !SENTENCE_END.test(text)) return true;
  if (isRoomLine(text)) {
    readPlace(text, line, "a room and its building", state);
    return true;
  }
  if (MEETING.test(text) && !SENTENCE_END.test(text) && text.length < 250) {
    const glued = trailingDate(text, state);
    let rest = glued ? glued.rest : text;
    // "OSCE Permanent Council No. 1512 Vienna, 13 March 2025": the city between the meeting and its date.
    const city = glued ? (cityBeforeDate(rest) ?? CITY_CLOSING_MEETING.exec(rest)?.[1]) : undefined;
    if (city) {
      set(state, "venue", city, "city beside the date in a meeting line", line, text);
      rest = rest.replace(CITY_CLOSING_MEETING, "").replace(/[\s,(]+$/, "");
    }
    // "to the Permanent Council, Vienna": the city closing a meeting line after a comma; not a
    // browser title's parts ("UNGA 1C79 - … - PR to the Conference on Disarmament, Geneva") nor
    // where a mission sits.
    const closing =
      glued || /\s[-–—|]\s|\b(?:Mission|Representation|PR|Embassy|Delegation)\b/.test(rest)
        ? undefined
        : CITY_AT_END.exec(rest);
    if (closing?.[1]) {
      set(state, "venue", closing[1], "city closing a meeting line", line, text);
      rest = rest.slice(0, closing.index);
    }
    state.meeting.push({ text: meetingName(rest), line });
    if (glued) set(state, "date", glued.date, "date at the end of the meeting line", line, text);
    return "meeting";
  }
  if (heading) return "title";
  // A dateline with more on it: "Geneva, 01.03.2018 - 16:05, UNIQUE ID: …", "Speech | Vienna | 13 March 2023".
  const found = text.length < 200 && !SENTENCE_END.test(text) ? findDate(text) : undefined;
  if (found) {
    set(
      state,
      "date",
      found.date,
      /\d{1,2}[:：]\d{2}/.test(text) ? "page timestamp" : "date in a header line",
      line,
      text,
    );
    const city = CITY_ANYWHERE.exec(text)?.[0];
    if (city) set(state, "venue", city, "city beside the date", line, text);
    // "5 mars 2013 - Présentation du programme de travail … par M. X": a post's date, a dash and
    // its headline, in a language whose headlines the title rules do not know.
    const headline = withoutLeadingDate(text);
    if (headline !== text && /^\p{Lu}/u.test(headline) && headline.split(/\s+/).length >= 5 && !city) {
      readForeignByline(headline, line, state);
      return "title";
    }
    return true;
  }
  return false;
}

/** "13 NOVEMBER 2024: Statement …" → the date at the start of a line. */
function leadingDate(text: string, state: HeaderState): { date: StatementDate; rest: string } | undefined {
  if (state.metadata.date) return undefined;
  const found = findDate(text);
  if (found?.index !== 0) return undefined;
  return { date: found.date, rest: text.slice(found.length).replace(/^[\s).,:–—-]+/, "") };
}

/** "…Security Council, 12 March 2024" → the date and the text before it. */
function trailingDate(text: string, state: HeaderState): { date: StatementDate; rest: string } | undefined {
  if (state.metadata.date) return undefined;
  const found = findDate(text);
  if (!found || found.index === 0) return undefined;
  const after = text.slice(found.index + found.length).replace(/[\s).,|:]+$/, "");
  if (after !== "") return undefined;
  return { date: found.date, rest: text.slice(0, found.index).replace(/[\s,(–—-]+$/, "") };
}

/** "於：ポートランド市庁舎": a place in katakana after 於, a city (市) or its building after it or not. */
const JA_PLACE_IN_TITLE = /於[:：]?\s*([\p{Script=Katakana}ー・]{2,12})(?=市|[）)\s　]|$)/u;

function readTitleJa(text: string, line: number, state: HeaderState): void {
  set(state, "titleJa", text, "Japanese title line", line, text);
  // "…村井晴彦軍縮会議日本政府代表部特命全権大使による演説": the whole name and office before による.
  const speaker = SPEAKER_BY_JA.exec(text)?.[1] ?? SPEAKER_JA.exec(text)?.[0];
  if (speaker) set(state, "speaker", speaker, "speaker named in the Japanese title", line, text);
  const found = findDate(text);
  if (found && !state.metadata.date) set(state, "date", found.date, "date in the Japanese title", line, text);
  // "（平成28年4月23日　於：ポートランド市庁舎）": the city a building in the title's aside stands in.
  const place = JA_PLACE_IN_TITLE.exec(text)?.[1];
  if (place) set(state, "venue", place, "place after 於 in the Japanese title", line, text);
  // "…石兼大使による日本ステートメント": the title says whose statement it is.
  const country = JAPAN_IN_TITLE.test(text) ? countryNamed("Japan") : undefined;
  if (country)
    noteDelegation(
      state,
      { name: "Japan", country, rule: "日本 naming the statement in the Japanese title", text },
      line,
    );
}

const JAPAN_IN_TITLE =
  /(?:日本|日本国|日本政府|我が国)(?:代表団)?(?:による)?(?:ステートメント|スピーチ|演説|発言|声明)/u;

/**
 * "Statement on X by JAPAN" → title "Statement on X", delegation Japan. The "by …" phrase is
 * taken out of the title only when it ends the line and leaves more than the bare word
 * "Statement"; otherwise the title is kept whole. A date at the end of the title (", 25 October
 * 2023" or "(…)") becomes the date and is taken out too.
 */
function readTitle(line: string, lineNumber: number, state: HeaderState): void {
  const { metadata } = state;
  let title = withoutPageLabels(line).replace(/[\s|]+$/, "");
  const found = findDate(title, state.warnings);
  // "Thursday, September 9, 2021" (a blog's posting date) above "Intervention … 07 Sept. 2021": the
  // title's own date, up to a month before the page's, is when it was said.
  const page = originOf(state, "date");
  if (
    found &&
    metadata.date &&
    page &&
    WEAK_DATE_RULES.has(page.rule) &&
    page.line < lineNumber &&
    found.date.start < metadata.date.start &&
    daysBetween(found.date.start, metadata.date.start) <= 31
  )
    forget(state, "date");
  if (found && (!metadata.date || metadata.date.start === found.date.start)) {
    let after = title.slice(found.index + found.length).trim();
    // "… - 22 February 2019, Cape Town.": the place after the date, read as the venue, goes too.
    const placeAfterDate = /^,\s*(.{2,40}?)\.?$/u.exec(after)?.[1];
    const dashed = /\s[–—-]\s*$/u.test(title.slice(0, found.index));
    if (dashed && placeAfterDate !== undefined && placeAfterDate === metadata.venue) after = "";
    if (after === "" || after === ")") {
      set(state, "date", found.date, "date at the end of the title", lineNumber, line);
      const before = title.slice(0, found.index);
      const open = before.lastIndexOf("(");
      const cut = after === ")" && open >= 0 ? before.slice(0, open) : before;
      const venue = after === ")" && open >= 0 ? before.slice(open + 1).replace(/[\s,]+$/, "") : "";
      if (venue && VENUE.test(venue))
        set(state, "venue", venue, "place before the date in the title", lineNumber, line);
      // "… on Wednesday, 3 July 2019", "…, 21 March 2023": the words that led to the date go too.
      if (!after || (open >= 0 && (!venue || VENUE.test(venue))))
        title = cut
          .replace(/(?:,?\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?[\s,:–—(-]*$/i, "")
          .replace(/(?:\s+(?:on|dated))?[\s,:–—(-]*$/i, "");
      // "…, Geneva, 24 February 2025", "… - Nova York, 22 de setembro": the city before the date goes with it.
      // "… Caribbean Community   St. George's, Grenada 4 July 2017": a place set off by a run of
      // spaces, the venue already read from it, goes with the date.
      const spaced = /\s{2,}(\S.{1,60})$/u.exec(title);
      if (spaced?.[1] && metadata.venue && spaced[1].startsWith(metadata.venue))
        title = title.slice(0, spaced.index);
      const city = CITY_AT_END.exec(title) ?? CITY_AFTER_DASH.exec(title);
      const closing = city || !isCapitals(title) ? null : CAPITAL_CITY_CLOSING_MEETING.exec(title);
      if (city?.[1]) {
        set(state, "venue", city[1], "place before the date in the title", lineNumber, line);
        title = title.slice(0, city.index);
      } else if (closing?.[1]) {
        set(state, "venue", titleCased(closing[1]), "city in capitals after the meeting", lineNumber, line);
        title = title.slice(0, closing.index + closing[0].search(/\s/u));
      }
    }
  }
  title = title.replace(/[\s|]+$/, "");
  // "… to the United Nations General Assembly (25.09.10)": the page's date again, the year in two
  // digits; it goes when it is the date read, and only then.
  const short = SHORT_DATE_IN_BRACKETS.exec(title);
  const start = metadata.date?.start;
  if (short && start && start.slice(2) === `${short[3]}-${short[2]}-${short[1]}`)
    title = title.slice(0, short.index);
  const whole = title;
  title = titleWithoutCountry(title) ?? title;
  set(
    state,
    "title",
    title,
    title === whole ? "title line" : "title line, “by <country>” taken out",
    lineNumber,
    line,
  );
}

/**
 * The speaker and delegation a title names ("Statement by H.E. Mr. X, Permanent
 * Representative of Y, at …"); returns the title without a closing "by <country>".
 */
function readTitleParts(title: string, line: number, state: HeaderState): void {
  const owner = delegationInHeader(title) ?? delegationDelivering(title);
  if (owner) noteDelegation(state, owner, line);
  // "Saturday, September 29, 2018" above "…, NEW YORK, 28 SEPTEMBER 2018": a blog's posting date
  // (or another page date) gives way to the dateline the title ends on.
  // "… Permanent Representative of India [14 November 2023, Geneva]": a dateline in square
  // brackets at the end is read as one set off by a comma.
  const dateline = title.replace(/\s*\[([^[\]]+)\]\s*$/u, ", $1");
  const current = originOf(state, "date");
  if (
    current &&
    current.line < line &&
    WEAK_DATE_RULES.has(current.rule) &&
    !state.metadata.venue &&
    endsOnDateline(dateline)
  )
    forget(state, "date");
  // "…, 31 January 2018, New York.", "…, 21 October 2014, New York:": the place after the date.
  const placeAfter = CITY_AT_END.exec(dateline.replace(/[.:]$/, ""));
  const dated = placeAfter ? trailingDate(dateline.slice(0, placeAfter.index), state) : undefined;
  // "… at a Seminar on … - 14 March 2018, Durban.": a dash, the date and a place closing a headline.
  const dashed = DASHED_DATELINE_AT_END.exec(dateline);
  const dashedDate = dashed?.[1] && !state.metadata.date ? findDate(dashed[1]) : undefined;
  if (dashed?.[2] && dashedDate?.index === 0 && dashedDate.length === dashed[1]?.length) {
    set(state, "date", dashedDate.date, "date and place after a dash closing a title line", line, title);
    const place = dashed[2].replace(/(?<!\b\p{Lu})\.$/u, "");
    set(state, "venue", place, "date and place after a dash closing a title line", line, title);
  }
  const found = dated ?? trailingDate(dateline, state) ?? leadingDate(title, state);
  // The date was read from another line already: the place after this title's date still counts.
  if (!found && placeAfter?.[1] && endsWithDate(dateline.slice(0, placeAfter.index)))
    set(state, "venue", placeAfter[1], "city after the date in a title line", line, title);
  if (found) {
    set(state, "date", found.date, "date in a title line", line, title);
    const city = dated
      ? placeAfter?.[1]
      : (cityBeforeDate(found.rest) ??
        capitalCityBeforeDate(found.rest) ??
        CITY_AT_START.exec(found.rest)?.[1] ??
        CITY_IN_AT_END.exec(found.rest)?.[1] ??
        // "…, IN NEW YORK, ON TUESDAY, 24 SEPTEMBER 2019": a cover line in capitals.
        (isCapitals(found.rest) ? CITY_IN_CAPITALS.exec(found.rest)?.[1] : undefined));
    if (city) set(state, "venue", city, "city beside the date in a title line", line, title);
  }
  // "… of the General Assembly of the United Nations in New York.", "… des Droits de l'Homme
  // (Genève)": the place the title ends on.
  const placeEnding =
    CITY_IN_AT_END.exec(title.replace(/[.)\]]+$/, ""))?.[1] ??
    CITY_IN_BRACKETS_AT_END.exec(title)?.[1] ??
    (isCapitals(title) ? CITY_IN_CAPITALS.exec(title)?.[1] : undefined) ??
    // "Discours du ministre Benali à New York sur …": where it was given, inside the title; not
    // where a mission or office sits ("… Permanent Mission in Geneva").
    (SEAT_OF_OFFICE.test(title) ? undefined : CITY_IN_SENTENCE.exec(title)?.[1]);
  if (placeEnding) set(state, "venue", placeEnding, "city a title line ends on", line, title);
  if (readForeignByline(title, line, state)) return;
  const officeThenName =
    officeOfCountryThenName(title) ??
    OFFICE_THEN_NAME.exec(title)?.[1] ??
    BY_HEAD_OFFICE_NAME.exec(title)?.[1] ??
    OFFICE_THEN_STYLED_NAME.exec(title)?.[1] ??
    headlineSpeaker(title);
  if (officeThenName) {
    set(state, "speaker", officeThenName, "speaker named in a title line", line, title);
    return;
  }
  const by = SPOKEN_BY.exec(title);
  if (!by?.[1] || !by[2]) {
    // "… the prepared statement of His Royal Highness Prince Mansour bin Khalid, Minister of …"
    const of =
      STATEMENT_OF_SPEAKER.exec(title)?.[1] ?? HONOURABLE_NAME.exec(title)?.[1] ?? officeCommaName(title);
    if (of) set(state, "speaker", of, "speaker named in a title line", line, title);
    else {
      // A title in the page's language above one in the statement's: the latter names it as the text does.
      const foreign =
        officeCommaName(title, FOREIGN_OFFICE_COMMA_NAME) ?? FOREIGN_OFFICE_THEN_TITLED_NAME.exec(title)?.[1];
      if (foreign)
        set(state, "speaker", foreign, "speaker named in a foreign-language title line", line, title);
    }
    return;
  }
  const [head = "", next = ""] = splitByline(by[2]);
  const speaker = cutAtOffice(head.trim());
  // "STATEMENT BY NORDIANA ZIN ZAWAWI PERMANENT MISSION OF MALAYSIA …": a byline stacked in
  // capitals without commas, read as one line; the name runs up to the office or mission.
  // Only a bare name: one with a style ("H.E. MR. …", "HON'BLE …") or a national adjective
  // ("… AUSTRALIAN PERMANENT …") is read by the rules below.
  const capsName =
    isCapitals(by[2]) && !/^(?:H\.\s?E\.?|MR\.?|MS\.?|MRS\.?|DR\.?|HON)/u.test(by[2].trim())
      ? CAPS_NAME_BEFORE_OFFICE.exec(by[2].trim())?.[1]
      : undefined;
  if (
    capsName &&
    !countryNamed(capsName) &&
    !capsName.split(/\s+/).some((word) => countryOfAdjective(word) || countryNamed(word)) &&
    !/\b(?:UNITED|NATIONS|GENERAL|ASSEMBLY|COUNCIL|MEETING|PERMANENT|DEPUTY|MINISTER|AMBASSADOR|REPRESENTATIVE|SECRETARY)\b|['’]S\b/u.test(
      capsName,
    )
  ) {
    set(state, "speaker", capsName, "speaker named in a title line", line, title);
    return;
  }
  // "Minister In the" (cut at "Prime Minister’s Office"): offices, not a name; the name comes after them.
  const titled = /\s\p{Ll}+$/u.test(speaker) ? OFFICES_THEN_TITLED_NAME.exec(title)?.[1] : undefined;
  if (titled) {
    set(state, "speaker", titled, "speaker named after the offices in a title line", line, title);
    return;
  }
  // "by the Deputy Minister of Foreign Affairs, Mr. Dimitrios Karavangelis, at …": the office, then the name.
  // In capitals, "FOR FOREIGN AFFAIRS" cannot be told from "for Japan" by case: commas part the byline.
  const [office = "", afterOffice = ""] = isCapitals(by[2]) ? by[2].split(/\s*,\s*/u) : [head, next];
  const [styled = ""] = afterOffice.split(/\s+(?:AT|ON|IN|DURING|BEFORE|TO)\s+/u);
  if (officeThenStyledName(office, styled.trim())) {
    if (namedInAnotherLanguage(styled.trim(), state)) forget(state, "speaker");
    set(state, "speaker", styled.trim(), "speaker named after the office in a title line", line, title);
    return;
  }
  // "delivered by Craig J. Hawke, Permanent Representative of …": a name, then its office.
  if (PERSON_NAME.test(speaker) && OFFICE_LINE.test(next) && !countryNamed(speaker)) {
    set(state, "speaker", speaker, "speaker named in a title line", line, title);
    return;
  }
  // "Statement by Helen Marsh of the UK Mission to the UN at …": a name, then the mission it serves.
  const ofMission = NAME_OF_MISSION.exec(head.trim())?.groups?.name;
  if (ofMission && PERSON_NAME.test(ofMission) && !countryNamed(ofMission)) {
    set(state, "speaker", ofMission, "speaker named before the mission in a title line", line, title);
    return;
  }
  if (
    (HONORIFIC.test(`${speaker} `) ||
      /^H\.E\./.test(speaker) ||
      NAME_IN_CAPS.test(speaker) ||
      (isCapitals(speaker) && HONORIFIC_CAPS.test(`${speaker} `))) &&
    namesAPerson(speaker)
  ) {
    // "by Ambassador Samir Haddad of the State of Palestine, Chair of …": the name, then the country.
    const ofCountry = NAME_OF_COUNTRY.exec(speaker);
    const country = ofCountry?.groups?.country ? countryNamed(ofCountry.groups.country) : undefined;
    const name = country && ofCountry?.groups?.name ? ofCountry.groups.name : speaker;
    if (namesMoreFully(name, state.metadata.speaker) || namedInAnotherLanguage(name, state))
      forget(state, "speaker");
    set(state, "speaker", name, "speaker named in a title line", line, title);
    if (country)
      noteDelegation(
        state,
        {
          name: delegationName({ country, form: "name", text: ofCountry?.groups?.country ?? "" }),
          country,
          rule: "country after the speaker's name in a title line",
          text: title,
        },
        line,
      );
    return;
  }
  // "Statement by India at …, delivered by Ambassador X, Permanent Representative …": the first
  // "by" names the delegation or group, a later "delivered by" the person.
  // …or an office first, the styled name after it: "delivered by Chargé, H.E. Ambassador X, …".
  const delivering =
    deliveringPerson(by[2]) ?? (/^[^,]{1,40},/u.test(by[2]) ? styledPersonIn(by[2]) : undefined);
  if (delivering) {
    set(
      state,
      "speaker",
      delivering.name,
      "speaker named after a later “delivered by” in a title line",
      line,
      title,
    );
    // "…, H.E. Ambassador Tariq Mahmood (Pakistan), at …": a group's chair, their country beside the name.
    if (delivering.country)
      noteDelegation(
        state,
        {
          name: delegationName({
            country: delivering.country,
            form: "name",
            text: delivering.countryText ?? "",
          }),
          country: delivering.country,
          rule: "country in brackets after the speaker a title line names",
          text: title,
        },
        line,
      );
  }
  // "by the Representative of Cyprus Ambassador Constantine Moushoutas": the name after the office.
  const named =
    /\b((?:H\.E\.?\s+)?(?:Ambassador|Minister|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s+(?:[\p{Lu}][\p{L}'’.-]*\s*){2,4})$/u.exec(
      speaker,
    );
  // "by Federal Foreign Minister Guido Westerwelle", "by External Affairs Minister X": the whole
  // office goes with the name, as "Foreign Minister X" does.
  const withOffice = withoutLeadingCountry(OFFICE_WORDS_THEN_NAME.exec(head.trim())?.[1]);
  if (!delivering && withOffice)
    set(state, "speaker", withOffice, "speaker named with the office before it in a title line", line, title);
  else if (!delivering && named?.[1] && named.index > 0)
    set(state, "speaker", named[1].trim(), "speaker named after the office in a title line", line, title);
  const name = head.replace(
    /^(?:the\s+)?(?:Delegation|Government|Permanent Mission|Representative)\s+of\s+/i,
    "",
  );
  const country = countryNamed(name);
  // "Statement by Denmark, Finland, Iceland, Norway and Sweden": a group, not one delegation.
  const group =
    findCountries(by[2].split(/\s+(?:at|on|to|in|during|before|for)\s/)[0] ?? "", ["name"]).length > 1;
  if (country && !group)
    noteDelegation(
      state,
      {
        name: delegationName({ country, form: "name", text: name }),
        country,
        rule: "“by <country>” in the title",
        text: title,
      },
      line,
    );
}

/**
 * Whether a byline's speaker has a name after its styles: "Statement by Ambassador , UK
 * Permanent Representative …" (a page that lost the name) names no one.
 */
/**
 * "the Deputy Minister of Foreign Affairs" then "Mr. Dimitrios Karavangelis": an office, then a
 * styled name; in a title set in capitals both are ("EXTERNAL AFFAIRS MINISTER, MRS. SUSHMA SWARAJ").
 */
function officeThenStyledName(office: string, name: string): boolean {
  if (isCapitals(office) && isCapitals(name))
    return (
      OFFICE_LINE.test(titleCased(office)) && HONORIFIC_CAPS.test(`${name} `) && PERSON_NAME_CAPS.test(name)
    );
  return OFFICE_LINE.test(office) && HONORIFIC.test(`${name} `) && PERSON_NAME.test(name);
}

/** A name in capitals after its honorific: "MRS. SUSHMA SWARAJ", "DR JANE NDUNGU". */
const PERSON_NAME_CAPS = /^(?:MR|MS|MRS|DR)\.?\s+(?:[\p{Lu}][\p{Lu}'’.-]+\s+){1,3}[\p{Lu}][\p{Lu}'’.-]+$/u;

/** A line naming only a room, its building and city ("…Chamber, United Nations Head Quarters"). */
function isRoomLine(text: string): boolean {
  if (text.length > 160 || !ROOM_LINE.test(text)) return false;
  for (const part of text.split(/\s*,\s*/u))
    if (!ROOM_PART.test(part) && !CITY_LINE.test(part) && !countryNamed(part)) return false;
  return true;
}

/** The city a place names, if any: "UN Headquarters, NY" is New York. */
function readPlace(text: string, line: number, rule: string, state: HeaderState): void {
  const city = CITY_ANYWHERE.exec(text)?.[0] ?? (/(?:^|,\s*)NYC?\.?$/u.test(text) ? "New York" : undefined);
  if (city) set(state, "venue", city, rule, line, text);
}

/**
 * A meeting's parts joined by a dash, but a part cut after a word that cannot end it goes on
 * ("13th Informal Meeting of the Plenary on" / "intergovernmental negotiations on …").
 */
function meetingParts(parts: string[]): string {
  let joined = "";
  for (const part of parts) {
    // "OSCE Permanent Council No.1492" and again as "OSCE Permanent Council No.1492 Vienna, 17
    // October 2024": the page prints the meeting twice, once with its dateline.
    if (repeatsWithDateline(part, parts)) continue;
    if (joined === "") joined = part;
    else joined += /\b(?:on|of|for|and|to|the|in|at)$/u.test(joined) ? ` ${part}` : ` — ${part}`;
  }
  return joined;
}

/** "(25.09.10)" closing a title: day, month and a two-digit year in brackets. */
const SHORT_DATE_IN_BRACKETS = /\s*\((\d{2})\.(\d{2})\.(\d{2})\)$/u;

/** Capitalised office words, the office's head word, then a name of two to four words. */
const OFFICE_WORDS_THEN_NAME =
  /^((?:[\p{Lu}][\p{L}'’-]*\s+){1,4}(?:Minister|Chancellor|Premier|Secretary)\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’.-]*)$/u;

/** "Japan Foreign Minister Taro Kono" → "Foreign Minister Taro Kono": the country is the delegation's. */
function withoutLeadingCountry(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const words = text.split(/\s+/u);
  for (let count = 3; count >= 1; count--)
    if (words.length > count + 2 && countryNamed(words.slice(0, count).join(" ")))
      return words.slice(count).join(" ");
  return text;
}

/** Whether a line runs on for more than a dateline's words before its date. */
function longBeforeDate(text: string): boolean {
  const found = findDate(text);
  return found !== undefined && found.index > 100;
}

/** " - 14 March 2018, Durban.": a date and a place of one to three words after a spaced dash. */
const DASHED_DATELINE_AT_END =
  /\s[–—-]\s+([^–—,]{6,30}?(?:,\s*\d{4})?),\s*(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2})\.?$/u;

/** A page's date label alone on its line: "Date", "Posted on:", "Published". */
const DATE_LABEL = /^(?:date|posted(?:\s+on)?|published(?:\s+on)?|등록일|작성일)\s*[:：]?$/iu;

/** "[Former] Dinner Remarks at …", "[Incumbent] Remarks at …". */
const MINISTER_PAGE_LABEL = /^\[(?:Former|Incumbent|Current)\]\s*(?=\S)/iu;

/** A list that is the statement's text: a long item, or more than one sentence. */
/**
 * "5. Nations unies - Débat … - Intervention de M. X, représentant permanent … (New York,
 * 07/09/2021)" right above "Madame la Présidente,": a press digest's numbered headline, one item
 * long, naming the kind of text — the statement's title, not a list in it.
 */
function isNumberedHeadline(list: Draft, next: Draft | undefined): boolean {
  const [only] = list.lines;
  if (list.lines.length !== 1 || !only || next?.type !== "paragraph") return false;
  const text = lineText(only).trim();
  return (
    text.length < 400 &&
    !SENTENCE_END.test(text.replace(/[)）]$/u, "")) &&
    TITLE.test(text) &&
    isAddressLine(draftText(next).trim())
  );
}

function isProseList(list: Draft): boolean {
  let sentences = 0;
  for (const line of list.lines) {
    const text = lineText(line).trim();
    if (text.length >= 80) return true;
    if (SENTENCE_END.test(text)) sentences++;
  }
  return sentences > 1;
}

/** Whether `part` is another of `parts` again with its dateline after it. */
function repeatsWithDateline(part: string, parts: readonly string[]): boolean {
  for (const other of parts)
    if (other !== part && part.startsWith(other) && findDate(part.slice(other.length))) return true;
  return false;
}

/** Whether `text` opens a quotation it does not close: "‘Peace and security through …:". */
function opensQuotation(text: string): boolean {
  return marksIn(text, "‘") > marksIn(text, "’") || marksIn(text, "“") > marksIn(text, "”");
}

function marksIn(text: string, mark: string): number {
  let count = 0;
  for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) count++;
  return count;
}

function namesAPerson(speaker: string): boolean {
  let rest = `${speaker.trim()} `;
  for (let style = HONORIFIC.exec(rest); style; style = HONORIFIC.exec(rest))
    rest = rest.slice(style[0].length);
  return /\p{L}{2,}/u.test(rest);
}

/** A name and the mission or government it serves: "Helen Marsh of the UK Mission". */
const NAME_OF_MISSION =
  /^(?<name>[^,]+?)\s+of\s+(?:the\s+)?[^,]*\b(?:Mission|Delegation|Permanent Representation|Embassy|Government|Ministry)\b/u;
/** A name and the country it speaks for: "Ambassador Samir Haddad of the State of Palestine". */
const NAME_OF_COUNTRY =
  /^(?<name>.+?\s[\p{Lu}][\p{L}'’.-]+)\s+of\s+(?<country>(?:the\s+)?[\p{Lu}][\p{L}'’ -]+)$/u;
/** A "delivered by" after the byline's first "by": "…, delivered by Ambassador X, …". */
const DELIVERED_BY_LATER = /\b(?:delivered|presented|read(?:\s+out)?)\s+by\s+(.+)$/iu;
/** A styled name: an honorific, then capitalised words only ("H.E. Ambassador Tariq Mahmood"). */
const STYLED_NAME_WORDS = /^(?:[\p{Lu}][\p{L}'’.-]*\s+){1,6}[\p{Lu}][\p{L}'’.-]*$/u;

/**
 * The person a later "delivered by" names in a byline whose first "by" named a delegation or a
 * group: the first of its comma-separated parts that is an honorific and a name ("the Chairman of
 * the Group of 77 and China in Geneva, H.E. Ambassador Tariq Mahmood (Pakistan), at …" gives
 * "H.E. Ambassador Tariq Mahmood"). An office alone ("delivered by the Chairman") names no one.
 */
function deliveringPerson(
  byline: string,
): { name: string; country?: Country; countryText?: string } | undefined {
  const later = DELIVERED_BY_LATER.exec(byline)?.[1];
  return later ? styledPersonIn(later) : undefined;
}

/**
 * The first of a byline's comma-separated parts that is an honorific and a name, with a country
 * in brackets beside it: "Chargé, H.E. Ambassador Laura Whitfield, Australian Mission …" gives
 * "H.E. Ambassador Laura Whitfield".
 */
function styledPersonIn(
  byline: string,
): { name: string; country?: Country; countryText?: string } | undefined {
  for (const part of splitByline(byline).slice(0, 4)) {
    const bracketed = /\s*\(([^()]*)\)\s*$/u.exec(part);
    const candidate = cutAtOffice((bracketed ? part.slice(0, bracketed.index) : part).trim());
    if (
      !HONORIFIC.test(`${candidate} `) ||
      !STYLED_NAME_WORDS.test(candidate) ||
      !namesAPerson(candidate) ||
      countryNamed(candidate)
    )
      continue;
    const country = bracketed?.[1] ? countryNamed(bracketed[1]) : undefined;
    return country ? { name: candidate, country, countryText: bracketed?.[1] ?? "" } : { name: candidate };
  }
  return undefined;
}

// French mission pages: "Intervention de Mme Claire Vasseur, représentante permanente adjointe de
// la France auprès des Nations unies": the speaker after "de", the country after the office.
const FRENCH_BYLINE =
  /\b(?:Intervention|Déclaration|Discours|Allocution)\s+(?:(?:de|du)\s+)?((?:S\.\s?E\.\s+|Son Excellence\s+)?(?:M\.|Mme|Monsieur|Madame|Maître|Me|Dr)\s+[\p{Lu}][\p{L}'’.-]*(?:\s+(?:(?:de|du|des|la|le)\s+)*[\p{Lu}][\p{L}'’.-]*){0,3})/u;
/** "Présentation du programme de travail … par M. Paul Lemaire, président du Conseil": the speaker after "par". */
const FRENCH_PAR_BYLINE =
  /\bpar\s+((?:S\.\s?E\.\s+)?(?:M\.|Mme|Monsieur|Madame)\s+[\p{Lu}][\p{L}'’.-]*(?:\s+(?:(?:de|du|des|la|le)\s+)*[\p{Lu}][\p{L}'’.-]*){0,3})(?=\s*[,(–—-]|\s+(?:au|aux|à|devant|lors|pendant)\s|$)/u;
const FRENCH_OFFICE =
  /\breprésentante?\s+permanente?(?:\s+adjointe?)?\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+)([\p{Lu}][\p{L}'’ -]+?)\s+(?:auprès|à|aux)\b/u;

/**
 * "Intervención del señor Embajador X, Representante Permanente Alterno de Colombia ante …",
 * "Intervención de X, Viceministro …": the speaker (honorific and office word kept, "señor" not).
 */
const SPANISH_BYLINE =
  /\b(?:Intervención|Declaración|Discurso|Palabras)\s+(?:del?|de\s+la)\s+(?:(?:señora?|Sr\.|Sra\.)\s+)?((?:(?:S\.\s?E\.|Su Excelencia)\s+)?(?:(?:[Ee]mbajadora?|[Mm]inistr[oa]|[Vv]iceministr[oa]|[Cc]anciller|[Vv]icecanciller|[Ss]ecretari[oa])\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){1,4}?)(?=\s*[,(–—-]|\s+(?:en|ante|sobre)\s|\s+(?:Presidente?|Vicepresidente?|Representante|Ministr[oa]|Embajador(?:a)?|Secretari[oa]|Director(?:a)?|Jef[ea])\s|$)/u;
const SPANISH_OFFICE =
  /\bRepresentante\s+Permanente(?:\s+(?:Alterno|Alterna|Adjunto|Adjunta))?\s+(?:de\s+la\s+|del\s+|de\s+)([\p{Lu}][\p{L}'’ -]+?)\s+(?:ante|en)\b/u;

/**
 * "Intervento del Sottosegretario X Y al Consiglio …", "Rede von Staatssekretär X Y anlässlich …":
 * an office word is kept with the name; an office alone ("Intervento del Ministro degli Esteri")
 * names no one.
 */
const ITALIAN_BYLINE =
  /\b(?:Intervento|Discorso|Dichiarazione|Messaggio)\s+(?:del|della|dell['’]|di)\s*((?:(?:On\.|Sen\.|Ministro|Ministra|Sottosegretari[oa]|Viceministro|Viceministra|Ambasciatore|Ambasciatrice|Presidente)\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){1,3})(?=\s*[,(–—-]|\s+(?:al|alla|all['’]|allo|ai|alle|presso|in|nel|nella|sul|sulla|su|a)\s|$)/u;
const GERMAN_BYLINE =
  /\b(?:Rede|Erklärung|Ansprache|Stellungnahme|Statement)\s+(?:von|des|der)\s+((?:(?:Bundesminister(?:in)?|Staatssekretär(?:in)?|Botschafter(?:in)?|Minister(?:in)?|Bundeskanzler(?:in)?|Bundespräsident(?:in)?|Außenminister(?:in)?)\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){1,3})(?=\s*[,(–—-]|\s+(?:anlässlich|bei|vor|zum|zur|im|in|auf|am)\s|$)/u;
/** Bylines in other languages' title lines, with the office that names the speaker's country. */
const BYLINES: readonly { language: string; byline: RegExp; office?: RegExp }[] = [
  { language: "French", byline: FRENCH_BYLINE, office: FRENCH_OFFICE },
  { language: "French", byline: FRENCH_PAR_BYLINE, office: FRENCH_OFFICE },
  { language: "Spanish", byline: SPANISH_BYLINE, office: SPANISH_OFFICE },
  { language: "Italian", byline: ITALIAN_BYLINE },
  { language: "German", byline: GERMAN_BYLINE },
];

const FOREIGN_BYLINE_RULE =
  /^speaker named in an? (?:French|Spanish|Italian|German|foreign-language) title line$/;

/** A byline in another language in a title line: true when it named the speaker. */
function readForeignByline(title: string, line: number, state: HeaderState): boolean {
  let found: (typeof BYLINES)[number] | undefined;
  let speaker: string | undefined;
  for (const each of BYLINES) {
    speaker = each.byline.exec(title)?.[1];
    if (speaker !== undefined) {
      found = each;
      break;
    }
  }
  if (found === undefined || speaker === undefined || countryNamed(speaker.trim())) return false;
  set(
    state,
    "speaker",
    speaker.trim(),
    `speaker named in ${found.language === "Italian" ? "an" : "a"} ${found.language} title line`,
    line,
    title,
  );
  const name = found.office?.exec(title)?.[1];
  const country = name === undefined ? undefined : countryNamed(name);
  if (name !== undefined && country)
    noteDelegation(
      state,
      {
        name: delegationName({ country, form: "name", text: name }),
        country,
        rule: "country of the speaker's office in the title",
        text: title,
      },
      line,
    );
  return true;
}

/** "Statement on X by JAPAN" → "Statement on X"; undefined when the title does not end so. */
/** The person a title names in the possessive, not a country ("South Africa's Statement"). */
function possessiveSpeaker(title: string): string | undefined {
  const who = POSSESSIVE_SPEAKER.exec(title)?.groups?.who;
  if (!who || countryNamed(who) || countryOfAdjective(who) || !namesAPerson(who)) return undefined;
  // A person's name ends it, not an office ("UNICEF Executive Director's statement").
  return /(?:^|\s)[\p{Lu}][\p{L}.-]+\s+[\p{Lu}][\p{L}.-]+$/u.test(who) && !OFFICE_AT_END.test(who)
    ? who
    : undefined;
}

const OFFICE_AT_END =
  /\b(?:Director|Minister|Representative|Secretary|General|President|Ambassador|Chair(?:man|woman|person)?|Commissioner|Envoy|Coordinator|Spokes(?:person|man|woman)|Office|Mission|Council|Group|Delegation|Government|Ministry)$/u;

/** An office or turn a country holds, just before "by": "assuming UNSC Presidency by Russia". */
const HELD_BY = /\b(?:Presidency|Chairmanship|Chairpersonship|Chair|Presidencies|Vice-Presidency)$/iu;
/**
 * A title naming its speaker in the possessive: "Permanent Representative Ivan Sokolov’s remarks
 * and answers to media questions …". The speaker is the words before ’s, when they hold a name.
 */
const POSSESSIVE_SPEAKER =
  /^(?<who>(?:[\p{Lu}][\p{L}.'-]*\s+){1,6}[\p{Lu}][\p{L}.-]*)[’']s\s+(?:(?:opening|closing|keynote|introductory|concluding)\s+)?(?:remarks|statement|speech|address|intervention|message|briefing|press\s+conference)\b/u;

function titleWithoutCountry(title: string): string | undefined {
  const by = /^(.*?)\s+(?:delivered\s+)?by\s+(.+)$/i.exec(title);
  if (!by?.[1] || !by[2]) return undefined;
  const [head = "", ...tailParts] = by[2].split(
    /(?=\s+(?:at|on|to|in|during|before|for|on behalf of)\s)|,\s*/,
  );
  if (tailParts.join("").trim() !== "" || BARE_TITLE.test(by[1].trim())) return undefined;
  // "… on the occasion of assuming UNSC Presidency by Russia": who holds the office, not a byline;
  // nor in a title that names its speaker already ("X’s remarks …").
  if (HELD_BY.test(by[1]) || POSSESSIVE_SPEAKER.test(by[1])) return undefined;
  const name = head.replace(
    /^(?:the\s+)?(?:Delegation|Government|Permanent Mission|Representative)\s+of\s+/i,
    "",
  );
  return countryNamed(name) ? by[1].trim() : undefined;
}

/** "H.E. MS ROSALIND KEATING AUSTRALIAN AMBASSADOR AND …": the name ends where the office begins. */
function cutAtOffice(text: string): string {
  return cutAtOccasion(cutAtFirstOffice(text));
}

/** Where a byline's name gives way to the occasion: "… SOWE THE PRESIDENT", "… Kjellberg at the Forum". */
const NAME_GIVES_WAY =
  /\s+(?:(?:THE|AT THE|TO THE|ON THE|IN THE|BEFORE THE|DURING THE)(?=\s|$)|(?:at|to|on|in|before|during) the\s)/gu;

/**
 * A name ends where the occasion or the office after it starts with an article: "HIS EXCELLENCY
 * EBRIMA SOWE THE PRESIDENT …", "NATO Secretary General Anders Kjellberg at the Baltic Security
 * Forum". Only after two words of name: "HIS HIGHNESS THE AMIR …" keeps its article.
 */
function cutAtOccasion(name: string): string {
  for (const found of allMatches(NAME_GIVES_WAY, name)) {
    const before = name.slice(0, found.index);
    if (/(?:highness|majesty|excellency|holiness)$/iu.test(before)) continue;
    if (/\S+\s+\S+/.test(before.replace(HONORIFIC, ""))) return before;
  }
  return name;
}

function cutAtFirstOffice(text: string): string {
  // "Ambassador X of the UK Mission to the UN", "Counsellor Y of the Permanent Mission of Z".
  const whole = text.replace(OF_MISSION, "");
  // The first office with a name before it: "H.E. AMBASSADOR AZIZ RAHMAN PERMANENT REPRESENTATIVE
  // OF …" passes the honorific "AMBASSADOR" and ends the name at the office after it.
  for (const office of allMatches(OFFICE_IN_BYLINE, whole)) {
    // "… KEATING AUSTRALIAN AMBASSADOR", "… Mensah Prime Minister of …": a national adjective or an
    // office's first word belongs to the office, a name does not.
    const word = office[1];
    const cut =
      word && !countryOfAdjective(word) && !OFFICE_FIRST_WORD.test(word)
        ? office.index + office[0].indexOf(word) + word.length
        : office.index;
    if (cut > 0 && /\S+\s+\S+/.test(whole.slice(0, cut).replace(HONORIFIC, ""))) {
      // "… Villaflor, Jr. Ambassador and Permanent Representative": the first office goes too.
      const raw = whole.slice(0, cut).trimEnd();
      const before = raw.replace(/(?:\s+(?:Ambassador|AMBASSADOR))?\s+(?:and|AND|&)$/, "");
      if (!onlyHonorifics(before)) return before;
      // "H.E. Ambassador and Permanent Representative Bob Rae": titles before the office, the name
      // after it → "H.E. Ambassador Bob Rae".
      const name = NAME_AFTER_OFFICE.exec(whole)?.[1]?.trim();
      return name ? `${raw.replace(/\s+(?:and|AND|&)$/, "")} ${name}` : whole;
    }
  }
  return whole;
}

/** An office in a byline, and the capitalised word before it (a name's last, or the office's first). */
const OFFICE_IN_BYLINE =
  /\s+(?:([A-Z][A-Za-z]+)\s+)?(?:AMBASSADOR|PERMANENT REPRESENTATIVE|DEPUTY PERMANENT|PRIME MINISTER|FOREIGN MINISTER|MINISTER|SECRETARY|COUNSELL?OR|PRESIDENT OF|Permanent Representative|Deputy Permanent Representative|Minister for|Minister of|Ambassador (?:for|to|of)|Ambassador-at-Large|Secretary of State|Counsell?or|Prime Minister|Foreign Minister|President of|Vice[- ]President|Head of (?:the )?Delegation)\b/g;

const OF_MISSION =
  /\s+of\s+the\s+(?:[\p{Lu}][\p{L}.]*\s+){0,4}(?:Permanent\s+)?(?:Mission|Delegation|Embassy)\b.*$/u;

/** Words that open an office's name ("Prime Minister of", "Deputy Permanent Representative"). */
const OFFICE_FIRST_WORD =
  /^(?:Prime|Deputy|Vice|Foreign|Federal|State|Senior|Assistant|Acting|Chief|First|Second|Third|Alternate|Special|Under|Executive|PRIME|DEPUTY|VICE|FOREIGN|FEDERAL|STATE|SENIOR|ASSISTANT|ACTING|CHIEF|ALTERNATE|SPECIAL)$/;

const NAME_AFTER_OFFICE =
  /(?:Representative|Ambassador|Minister|Counsell?or|Secretary|REPRESENTATIVE|AMBASSADOR|MINISTER)\s+((?:[\p{Lu}][\p{L}'’.-]*\s*){2,4})$/u;

/** "H.E. Ambassador and": honorifics and the words between them, no name. */
function onlyHonorifics(text: string): boolean {
  let rest = `${text.trim()} `;
  for (let before = ""; before !== rest; ) {
    before = rest;
    rest = rest.replace(HONORIFIC, "").replace(/^(?:and|&)\s+/i, "");
  }
  return rest.trim() === "";
}

/**
 * "Minister for Foreign Affairs Elsa Lindqvist on behalf of Sweden" → its parts. A byline breaks
 * before "at", "on", "during" …, and before "to"/"for" unless an office goes on ("Minister for
 * Foreign Affairs"); a comma breaks it unless a suffix follows ("Jr.").
 */
function splitByline(text: string): string[] {
  return text
    .split(
      /(?=\s+(?:at|on|in|during|before|on behalf of|AT|ON|IN|DURING|BEFORE|ON BEHALF OF)\s)|(?=\s+(?:to|for|TO|FOR)\s+(?![A-Z][a-z]))|,\s*(?!(?:Jr|Sr|II|III|IV)\.?(?:\s|,|$))/u,
    )
    .filter((part) => part !== undefined);
}

/** "H.E. Mr. X, Permanent Representative of Japan" → speaker (and, through the office, delegation). */
function readSpeaker(text: string, line: number, state: HeaderState): void {
  const dated = trailingDate(text, state);
  if (dated) {
    set(state, "date", dated.date, "date at the end of the speaker line", line, text);
    const city = CITY_IN_AT_END.exec(dated.rest)?.[1];
    if (city) set(state, "venue", city, "city in the speaker line", line, text);
  }
  const [whole = text] = text
    // A sentence's full stop ("… read out by Counsellor X of the Mission of Y."), not "Jr." or "a.i.".
    .replace(/(?<!\b(?:Jr|Sr|a\.i|\p{Lu}))\.$/u, "")
    .split(/,(?!\s*(?:Jr|Sr|II|III|IV)\.?(?:\s|,|$))|\s+on behalf of\s+|\s+[–—-]\s+/);
  // "by President of Austria, Mr. Heinz Fischer": an office alone before the comma, the styled name after it.
  const parts = text.split(/\s*,\s*/u);
  const office = (parts[0] ?? "").replace(SPEAKER_LINE, "$1").trim();
  const afterOffice = parts[1]?.replace(/(?<!\b(?:Jr|Sr|a\.i|\p{Lu}))\.$/u, "").trim();
  const officeFirst =
    parts.length >= 2 &&
    /^(?:the\s+)?(?:[\p{Lu}][\p{L}-]+\s+){0,2}(?:President|Vice[- ]President|Prime Minister|Minister|Deputy Minister|Secretary|Ambassador|Head|Chair(?:man|woman|person)?)\b/u.test(
      office,
    ) &&
    !PERSON_NAME.test(office) &&
    afterOffice !== undefined &&
    HONORIFIC.test(`${afterOffice} `) &&
    PERSON_NAME.test(afterOffice);
  const name = officeFirst && afterOffice ? afterOffice : cutAtOffice(whole);
  const trimmed = name.trim();
  if (countryNamed(trimmed)) return;
  // "Senator the Honourable X, Minister of …" under "Please read his remarks below:": whom he addresses.
  if (state.cueLine !== undefined && line > state.cueLine && !SPEAKER_LINE.test(text)) return;
  if (
    HONORIFIC.test(`${trimmed} `) ||
    NAME_IN_CAPS.test(trimmed) ||
    SPEAKER_LINE.test(text) ||
    /\s/.test(trimmed)
  )
    set(
      state,
      "speaker",
      trimmed,
      SPEAKER_LINE.test(text) ? "“Delivered by …” line" : "speaker line (honorific or office)",
      line,
      text,
    );
}

/** An hour before the date, as a delivery line gives it ("3:00 pm, June 4, 2019"). */
const SPOKEN_AT = /^\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?\s*,\s*(?=\D)/iu;

/** A room inside the venue ("Conference Room 1", "ECOSOC Chamber"): where in the building, no place. */
const ROOM_NAME =
  "(?:(?:Conference\\s+)?Room|Salle|Sala)\\s+[\\w-]+|(?:ECOSOC|Trusteeship Council|Security Council|General Assembly)\\s+(?:Chamber|Hall)";
const ROOM = new RegExp(`^(?:${ROOM_NAME})$`, "iu");
const ROOM_IN_LINE = new RegExp(`(?:^|[,、，])\\s*(?:${ROOM_NAME})\\s*(?:[,、，.]|$)`, "iu");

/** A building before the city it stands in, in a dateline ("Hotel Westin, Zagreb"). */
const BUILDING =
  /\b(?:Hotel|Palace|Palais|Pala(?:zzo|cio)|Palácio|Centre|Center|Hall|House|Building|Headquarters|Auditorium|Room|Chamber)\b/u;
/** "Genève, le 25 octobre 2023", "…, aos 8 de Junho de 2023": the word before a date is no place. */
const DATE_ARTICLE = /^(?:le|el|aos?|on|am|den)$/iu;
/** A building or an institution where a text was given: "Palacio Nacional de El Salvador", "Academia Diplomática …". */
const INSTITUTION =
  /\b(?:Hotel|Palace|Palais|Pala(?:zzo|cio)|Palácio|Centre|Center|Centro|Hall|House|Casa|Building|Edificio|Headquarters?|Sede|Auditorium|Auditório|Auditorio|Chamber|Academy|Academia|Académie|Sal[óo]n|Salle|Sala|University|Universi(?:dad|dade|té)|Institute|Institut[oe]?|Parliament|Parlamento|Parlement|Assembleia|Asamblea)\b/u;

/** A place that starts with a building's own word: a palace, hotel or hall, not the city it stands in. */
const BUILDING_ALONE =
  /^(?:Pal[áa]cio|Palace|Palais|Palazzo|Hotel|Hôtel|Edificio|Edifício|Sal[óo]n|Salle|Auditorium|Auditório|Auditorio)\s/u;

/**
 * The date of a dateline whose place is a building or an institution, not a city ("Palacio
 * Nacional de El Salvador, 24 de octubre de 2016"): it dates the text as a dateline does, and
 * names no venue. Undefined for anything else beside a date.
 */
function placeNotCity(
  rest: readonly string[],
  date: StatementDate | undefined,
  spoken: boolean,
): { date?: StatementDate; placed: true; spoken?: boolean } | undefined {
  const place = rest.join(", ");
  if (place.length > 80 || !/^\p{Lu}/u.test(place) || !INSTITUTION.test(place)) return undefined;
  return { ...(date && { date }), placed: true, ...(spoken && { spoken }) };
}

/**
 * A line that is a date and perhaps a venue, nothing else: "(8 - 9 June 2017, Geneva)",
 * "New York, 25 October 2023", "Tuesday, 12 March 2024", "令和3年11月23日（火）". An impossible
 * date still counts as the date line (so it is not read as text) but leaves `date` empty, with
 * a warning.
 */
export function readDateVenue(
  text: string,
  warnings: string[],
): { date?: StatementDate; venue?: string; spoken?: boolean; placed?: boolean } | undefined {
  // Most lines have no digit, so no date: skip the clean-up below (run on every line of a paragraph).
  if (!mayHoldDate(text)) return undefined;
  const inner = text
    .replace(SITE_TAG, "")
    .replace(/^\((.*)\)$/s, "$1")
    .replace(/^（(.*)）$/su, "$1")
    .replace(/^[◦•·*▪○◇◆■□]\s*/u, "")
    .replace(/^(?:date|fecha|التاريخ|日時|日付)\s*[:：]\s*|^\[(?:年月日|日付|日時)\]\s*/iu, "")
    // A time before the date ("3:00 pm, June 4, 2019, Conference Room 1"): when it was spoken.
    .replace(SPOKEN_AT, "")
    // A time after the date, bare or set off by a mark ("10 June 2009 / 10:51", "… | 15:00 CET"):
    // a page stamp's time, never part of a place.
    // `(?<!\s)`: tried once per run of spaces, not at each of them (a long run cost its square).
    .replace(
      /(?:(?<!\s)(?:\s*[/|·•,–—-]\s+|\s+)|(?<=日))(?:午前|午後)?\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?:\s*\(?(?:GMT|UTC|CET|CEST|EST|EDT|BST|JST|local time)(?:\s*[+-]\s*\d{1,2}(?::\d{2})?)?\)?)?(?!\d)/giu,
      "",
    )
    .trim();
  // "3:00 pm, June 4, 2019, Conference Room 1": the hour and room it was spoken in, not a page's clock.
  const spoken = SPOKEN_AT.test(text.replace(/^\((.*)\)$/s, "$1")) || ROOM_IN_LINE.test(inner);
  const problems: string[] = [];
  const labelled = labelledShortDate(text);
  if (labelled) return { date: labelled };
  const found = findDate(inner, problems);
  if (!found) {
    if (problems.length > 0 && inner.length < 40) {
      warnings.push(...problems);
      return {};
    }
    return undefined;
  }
  const rest = `${inner.slice(0, found.index)} ${inner.slice(found.index + found.length)}`
    .replace(
      /[（(](?:[月火水木金土日]|現地時間|日本時間|local time|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[^)）]{0,12}[)）]/giu,
      " ",
    )
    .split(/[,、，،]|(?<!\s)\s+[–—-]\s+|\s{2,}|　/u)
    .map((part) =>
      part
        .trim()
        // "Washington D.C.": an abbreviation's last full stop is the place's own.
        .replace(/(?<!\b\p{Lu}\.\p{Lu})[.。]$/u, "")
        // "Grand Pacific Hotel, Suva: 14 March 2016": the colon before the date is no part of the
        // place; a label's ("Delivered on:", "Also available in:") stays, so it is no place either.
        .replace(/^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*[:：]$/u, "$1")
        .replace(/^(?:in|at|於[:：]?)\s*/iu, ""),
    )
    // "Genève, le 25 octobre 2023": the article before a French date is no place.
    .filter((part) => part !== "" && !WEEKDAY.test(part) && !DATE_ARTICLE.test(part) && !ROOM.test(part));
  // "Statement | Geneva | 28 October 2019": a page's fields set off by bars, one of them the
  // kind of page; the city among them is the venue.
  const barred = rest.length === 1 ? rest[0]?.split(/\s*\|\s*/u) : undefined;
  if (barred && barred.length > 1) {
    const fields = barred.filter((part) => part !== "" && !KIND_ALONE.test(part));
    if (fields.length === 1 && CITY_LINE.test(fields[0] ?? "")) rest.splice(0, 1, fields[0] ?? "");
  }
  if (rest.length > 1) {
    // "14 March 2023, Lao-ITECC, Vientiane, Lao PDR": a hall, the capital, the country.
    const capital = rest.length <= 4 ? firstCapital(rest) : undefined;
    // "Palais des Nations, Geneva": a place of two parts is still one venue.
    const city = rest.find((part) => CITY_LINE.test(part));
    // …but a title before the date and place ("National statement delivered by …, 31 January
    // 2018, New York.") is no part of a place.
    if (rest.length === 2 && city && rest.every((part) => part === city || VENUE.test(part)))
      rest.splice(0, 2, city);
    // "Hotel Westin, Zagreb": a building, then the city it stands in.
    else if (
      rest.length === 2 &&
      BUILDING.test(rest[0] ?? "") &&
      /^\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?$/u.test(rest[1] ?? "")
    )
      rest.splice(0, 2, rest[1] ?? "");
    else if (rest.length === 2 && rest.every((part) => VENUE.test(part))) rest.splice(0, 2, rest.join(", "));
    else if (capital) rest.splice(0, rest.length, capital);
    else return placeNotCity(rest, found.date, spoken);
  }
  // "Geneva, Switzerland": the city is the venue.
  const named = rest[0]?.replace(/,\s*([^,]+)$/, (all, country: string) =>
    countryNamed(country) ? "" : all,
  );
  // "ホテルアバローム紀の国/和歌山市": the hall, then the city it stands in.
  const venue = named === undefined ? undefined : (JA_HALL_THEN_CITY.exec(named)?.[1] ?? named);
  if (venue !== undefined && !VENUE.test(venue) && !VENUE_JA.test(venue) && !VENUE_CASELESS.test(venue))
    return placeNotCity(rest, found.date, spoken);
  // "UN Headquarter, 26th September 2025": a headquarters names no city; nor does a palace or hall
  // alone ("Palácio do Itamaraty, 20 de julho de 2017").
  if (
    venue !== undefined &&
    (/\bHeadquarters?\b/u.test(venue) || (rest.length === 1 && BUILDING_ALONE.test(venue))) &&
    !CITY_ANYWHERE.test(venue)
  )
    return placeNotCity(rest, found.date, spoken);
  // "… in the Eastern Area of" / "Aleppo on 3 May 2019": a phrase broken before its date is no
  // dateline; its place would end on a preposition.
  if (venue !== undefined && /\s(?:on|of|in|at|to|for|from|since|until)$/iu.test(venue)) return undefined;
  warnings.push(...problems);
  // "June 23, 2022 – UN General Assembly": a body beside the date is no place.
  const when = spoken ? { date: found.date, spoken } : { date: found.date };
  if (venue !== undefined && MEETING.test(venue) && !CITY_ANYWHERE.test(venue)) return when;
  // "外務省 令和2年2月26日": a ministry, an office or a hall beside the date is no city.
  if (venue !== undefined && JA_INSTITUTION.test(venue)) return when;
  // "22-10-2012 Statement", "28 September 2018 Press release": the kind of page beside its date.
  if (venue !== undefined && KIND_ALONE.test(venue) && !CITY_ANYWHERE.test(venue)) return when;
  return venue === undefined ? when : { ...when, venue: venue.replace(/^於[:：]?\s*/u, "") };
}

/** A byline signed under the text, its "As delivered" already taken: "by Ambassador X to the Council, Vienna | May 12, 2016". */
const SIGNED_BYLINE = new RegExp(
  `^by\\s+((?:${HONORIFIC.source.slice(1, -2)}\\s+){1,3}(?:[\\p{Lu}][\\p{L}'’.-]*\\s+){0,4}[\\p{Lu}][\\p{L}'’-]*)\\s+(?:to|at|before)\\s+(.{3,200})$`,
  "u",
);

/**
 * The lines after the closing thanks may sign the statement off: "New York, 12 March 2024",
 * "外務大臣　山田太郎". They give the date or speaker when the header did not, and leave the text.
 */
function readSignOff(body: Draft[], state: HeaderState, file: string, warnings: Warning[]): void {
  const closing = body.findLastIndex(
    (draft) => draft.type === "paragraph" && isClosingThanks(draftText(draft).trim()),
  );
  if (closing < 0) return;
  for (let index = body.length - 1; index > closing; index--) {
    const draft = body[index];
    if (draft?.type !== "paragraph" || draft.lines.length !== 1) continue;
    const line = draft.lines[0];
    if (!line) continue;
    const text = lineText(line).trim();
    const problems: string[] = [];
    // "(As delivered) by Ambassador X to the Permanent Council, Vienna | May 12, 2016": the
    // marker already taken, the byline signs the statement with its speaker, city and day.
    const byline = SIGNED_BYLINE.exec(text);
    if (byline?.[1] && byline[2]) {
      if (!state.metadata.speaker)
        set(state, "speaker", byline[1], "speaker signed under the statement", line.line, text);
      const found = findDate(byline[2]);
      if (found && !state.metadata.date)
        set(state, "date", found.date, "date signed under the statement", line.line, text);
      const city = CITY_ANYWHERE.exec(byline[2])?.[0];
      if (city && !state.metadata.venue)
        set(state, "venue", city, "place signed under the statement", line.line, text);
      body.splice(index, 1);
      continue;
    }
    const dated = readDateVenue(text, problems);
    let read = false;
    if (dated?.date && !state.metadata.date) {
      set(state, "date", dated.date, "date signed under the statement", line.line, text);
      if (dated.venue) set(state, "venue", dated.venue, "place signed under the statement", line.line, text);
      read = true;
    } else if (
      !state.metadata.speaker &&
      ((isMostlyJapanese(text) && SPEAKER_JA_LINE.test(text)) ||
        (HONORIFIC.test(text) && !SENTENCE_END.test(text)))
    ) {
      set(
        state,
        "speaker",
        text.replace(/^(?:日本政府代表|政府代表)[:：\s　]*/u, ""),
        "speaker signed under the statement",
        line.line,
        text,
      );
      read = true;
    }
    warnings.push(...problems.map((message) => ({ file, line: line.line, column: 1, message })));
    if (read) body.splice(index, 1);
  }
}

/**
 * A later Japanese line is the real title when the first was a label: the category of the page
 * ("国連の場における演説"), the speaker's office ("外務報道官談話") or a word such as 談話 alone.
 */
function betterJapaneseTitle(first: string, next: string): boolean {
  const subject = /(?:について|に関する.{0,20})$/u;
  if (/^.{0,12}(?:談話|声明|コメント)$/u.test(first) && subject.test(next)) return true;
  if (!TITLE_JA.test(next)) return false;
  if (!TITLE_JA.test(first)) return true;
  if (SPEAKER_JA.test(next) && !SPEAKER_JA.test(first)) return true;
  const context = /における|による|での|に関する/u;
  return context.test(next) && !context.test(first) && (SPEAKER_JA.test(next) || !SPEAKER_JA.test(first));
}

/** "Conference on Disarmament", "Human Rights Council": a body's name alone names the meeting, not the statement. */
/** Words of a short title, label or place that a two-to-four-word line of capitalised words can be. */
const NOT_IN_A_NAME =
  /\b(?:Statement|Remarks|Speech|Address|Intervention|Press|Release|News|Council|Committee|Assembly|Session|Rights|Nations|United|Union|Government|Ministry|Mission|Office|Department|Embassy|Delegation|Conference|Meeting|Debate|Dialogue|Agenda|Item|Video|Audio|Transcript|Print|Share|Topics?|Related|Human|Security|General|Policy|Affairs|Foreign|International|Global|World|Day|Week|Opening|Closing|Summary|Contents?|Search|Menu|Home|Page|Hotel|Residences?|Resort|Centre|Center|Hall|House|Palace|Building|Plaza|Tower|Suites?|Inn)\b/;

/** "Harriet Ashworth-Lyle", "Mr. Tomas Varga": a person's name and nothing else. */
function isBareName(text: string): boolean {
  return (
    PERSON_NAME.test(text) &&
    !NOT_IN_A_NAME.test(text) &&
    !countryNamed(text) &&
    findCountries(text).length === 0 &&
    !CITY_ANYWHERE.test(text) &&
    !isCapitals(text)
  );
}

function isBodyName(text: string): boolean {
  return text.split(/\s+/).length <= 5 && !/[:：|–—]|\s-\s/.test(text);
}

/** "Statement by X, delivered by …", "India Statement": who speaks, not what about. */
function isByline(text: string): boolean {
  if (KIND_ALONE.test(text)) return true;
  // "Intervención del señor Embajador X, Representante … ante las Naciones Unidas": who, not what.
  if (SPANISH_BYLINE.test(text) || FRENCH_BYLINE.test(text))
    return !/\s(?:en el|en la|sobre|relativ[ao]s?|sur|lors|au sujet|concernant)\s/i.test(text);
  // "Statement by X, Permanent Representative of Y" says who; "… on the situation in Haiti" says what.
  return TITLE_BY.test(text) && !/\s(?:on|at|during|before|for the|concerning|regarding)\s/i.test(text);
}

function isCapitals(text: string): boolean {
  return /\p{Lu}{2}/u.test(text) && !/\p{Ll}/u.test(text);
}

function isDateLine(text: string): boolean {
  return text.length < 120 && readDateVenue(text, []) !== undefined;
}

/**
 * A meeting line as the meeting's name: without the bullet or bar a page set before it, or the
 * preposition of a line that goes on from the title above ("at the Security Council Open
 * Debate on …", "BEFORE THE THIRD COMMITTEE").
 */
function meetingName(text: string): string {
  return text
    .replace(/^[|\s·•»›-]+/u, "")
    .replace(/^(?:[Aa]t|AT|[Bb]efore|BEFORE|[Dd]uring|DURING)\s+(?:(?:the|THE)\s+)?(?=[\p{Lu}\d])/u, "");
}
