// Import stage: drafts → drafts without the web page around the statement (nav, footers, …).
// Each dropped line keeps its reason, for `briefing inspect --explain`.

import { findDate } from "../dates/parse-date-text.js";
import type { StatementDate } from "../statement/statement-schema.js";
import { nativeOnFirstUse } from "../text/native-regexps.js";
import { countryNamed } from "./countries.js";
import { TRANSLATION_NOTE } from "./delivery-markers.js";
import { type Draft, type DraftLine, lineText } from "./draft.js";
import type { DroppedLine } from "./explanation.js";
import { TALLY } from "./notes.js";
import { isClosingThanks } from "./paragraph-roles.js";

const SEP = "[\\s|/·•»›>▲▼<«‹\\-–—:]*";
const NAV_WORD = [
  "home(?: ?page)?",
  "top(?: page)?",
  "skip to (?:the )?(?:main )?(?:content|navigation)",
  "skip navigation",
  "jump to (?:content|navigation)",
  "main (?:menu|navigation|container|content)",
  "menu",
  "search",
  "site ?map",
  "contact(?: us)?",
  // A site's "About" menu: "About us", "About MOU" (the ministry's initials).
  "about (?:us|\\p{Lu}{2,6})",
  // An embedded video player's leftovers: "Kaltura", "Video player cover image", "Play video".
  "kaltura",
  "(?:(?:youtube|vimeo) )?video player(?: cover image)?",
  "play video",
  "watch (?:the )?video",
  "video thumbnail",
  "privacy(?: policy| notice)?",
  "cookies?(?: policy| settings)?",
  "accept (?:all )?cookies",
  "terms (?:of use|and conditions)",
  "accessibility(?: statement)?",
  "related (?:links|content|news|articles|documents|pages|information)",
  "(?:latest|more|other|recent) (?:news|stories|statements|speeches|articles)",
  "see also",
  "<?\\s*back(?: to [\\w ’'&-]{1,40})?",
  "related links?",
  ".{1,20}へ戻る",
  "プリント(?:する)?",
  "return to (?:top|index|list)",
  "(?:go to )?(?:page )?top(?: of (?:the )?page)?",
  "share(?: this(?: page| article| story)?)?(?: on \\w+)?",
  "copy link",
  "bookmark and share",
  // A carousel's slides: "1 of 5 Frequently Asked Questions on …".
  "\\d{1,2} of \\d{1,2}\\s.{1,120}",
  "tweet",
  "like",
  "facebook",
  "twitter",
  "x",
  "linkedin",
  "whatsapp",
  "telegram",
  "instagram",
  "youtube",
  "flickr",
  "e-?mail(?: this page)?",
  "rss",
  "follow us(?: on \\w+)?",
  "subscribe",
  "japanese",
  "english",
  "français",
  "español",
  // A language switch: "greek english", "English | Deutsch".
  "french|spanish|german|deutsch|italian|italiano|portuguese|português|russian|русский|arabic|العربية|chinese|中文|greek|ελληνικά|dutch|nederlands",
  "日本語",
  "english page",
  "previous",
  "next",
  "print(?: this page)?",
  "download(?: (?:as )?pdf)?",
  "pdf",
  "listen",
  "translate",
  "select language",
  "news",
  "speeches(?: and statements)?",
  "statements",
  "press releases?",
  "media cent(?:re|er)",
  "press (?:centre|center|room)",
  "news ?room",
  "contents",
  "is this page useful\\??",
  "yes",
  "no",
  "report a problem with this page",
  "このページのトップへ戻る",
  "ページ(?:の)?トップ(?:へ(?:戻る)?)?",
  "トップページ",
  "印刷(?:用ページ|する)?",
  "関連(?:リンク|情報|記事)",
  "シェア",
  "ツイート",
  "ポスト",
  "前のページへ戻る",
  "戻る",
  "目次",
  "[（(]?(?:英語版|英文|和文|日本語版|english version|japanese version)(?:は)?(?:こちら)?[)）]?",
  "select page",
  "full album",
  "(?:photo|image|video) gallery",
  "view (?:the )?(?:album|gallery|photos?)",
  // Skip links in the languages of the sites statements are pasted from.
  "hoppa yfir valmynd",
  "zum (?:inhalt|hauptinhalt) springen",
  "aller au contenu(?: principal)?",
  "saltar al contenido(?: principal)?",
  "(?:saltar|ir) para (?:o )?conte[úu]do(?: principal)?",
  "passer au contenu(?: principal)?",
  // A link to the whole text below an excerpt: "Read the full statement", "Leia a intervenção na íntegra".
  "read the (?:full|whole|complete) (?:statement|speech|remarks|text|address)",
  "leia (?:a intervenção|o discurso|a declaração|o texto)(?: completo| completa)? na íntegra",
  "lire (?:l['’]intervention|le discours|la déclaration|le texte)(?: en entier| dans son intégralité| intégral(?:e)?)",
  "leggi (?:l['’]intervento|il discorso|il testo)(?: completo| integrale| per intero)",
  "lea (?:la intervención|el discurso|la declaración|el texto)(?: completo| completa)?(?: íntegr[oa]| en su totalidad)?",
  "ir al contenido(?: principal)?",
  "siirry sisältöön",
  "hoppa till (?:innehållet|huvudinnehåll)",
  "gå til (?:hovedinnhold|innhold)",
  "spring til (?:indhold|hovedindhold)",
  "przejdź do treści",
  "vai al contenuto(?: principale)?",
  "naar de inhoud",
  "перейти к (?:содержанию|основному содержанию)",
  "перейти до (?:змісту|основного вмісту)",
  "本文へ(?:スキップ|移動)?",
  // Korean government sites' skip links and tools: "본문 바로가기", "주메뉴 바로가기", "검색창 열기", "목록";
  // a board's page heading with its "view details" label ("Minister 상세보기").
  "(?:바로가기 메뉴|(?:본문|주메뉴|메인메뉴|메뉴) 바로가기|검색창 열기|글자크기 설정|콘텐츠 영역|목록|kor|eng(?:lish)?|[\\p{L} ]{1,40}상세보기)",
  "メインコンテンツへ(?:スキップ|移動)",
  "search for related information.*",
  "keywords?\\s*[:：].*",
  "外務省",
  "リンクページ",
  "よくある質問(?:集)?",
  "検索",
  "サイトマップ",
  "ホーム",
  "お問い合わせ",
  "文字サイズ(?:の変更)?",
  "標準|拡大|[小中大]",
  // A site's switches for language, layout and size: "言語選択", "表示選択", "PC", "モバイル".
  "言語(?:選択|切替|切り替え)|表示(?:選択|切替|切り替え)|モバイル(?:版)?|スマートフォン版",
  "現在表示しているページ|メニューを(?:とばす|飛ばす)",
  // The same buttons and links on French, Spanish, Russian, Arabic and Chinese pages.
  "haut de (?:la )?page",
  "retour en haut(?: de (?:la )?page)?",
  "imprimer(?: (?:cette|la) page)?",
  "partager(?: (?:sur|cette page))?",
  "plan du site",
  "accueil",
  "volver(?: arriba| al inicio)?",
  "ir arriba",
  "imprimir(?: (?:esta )?página)?",
  "compartir",
  "inicio",
  "mapa del sitio",
  "версия для печати",
  "распечатать",
  "поделиться",
  "главная(?: страница)?",
  "наверх",
  "карта сайта",
  "طباعة",
  "مشاركة",
  "الرئيسية",
  "العودة(?: إلى الأعلى)?",
  "خريطة الموقع",
  "返回(?:前[页頁]|首[页頁]|[顶頂]部|列表|上[一]?[页頁])?",
  "[列打]印(?:本[页頁]|此[页頁])?",
  "放大[图圖]片",
  "[关關][闭閉](?:窗口|本[页頁])",
  "分享(?:到)?",
  "[小中大]?字[号號](?:\\s*[大中小]){0,3}",
  "[设設][为為](?:首[页頁]|收藏)",
  "[简簡]繁(?:互[换換]|[转轉][换換])",
  "手[机機]版",
  "[评評][论論]",
  "加[载載]更多",
  "【?[纠糾][错錯]】?",
  "首[页頁]",
  "上一[篇页頁]|下一[篇页頁]",
  "微博|微信|qzone",
].join("|");
const NAV_LINE = new RegExp(`^${SEP}(?:(?:${NAV_WORD})${SEP})+$`, "iu");
/** "Home > Foreign Policy > …", "トップページ > 外交政策 > …", "Home / News / …". */
const BREADCRUMB =
  /^(?:home|top|トップ(?:ページ)?|外務省|ホーム)\s*[>›»/＞]\s*\S|^[^>›»＞]{1,40}(?:\s*[>›»＞]\s*[^>›»＞]{1,60}){2,}$/iu;
/** A trail from the site's home page is one however long its last crumb, the page's own title. */
const BREADCRUMB_FROM_HOME = /^(?:home|top|トップ(?:ページ)?|ホーム)\s*(?:[>›»＞]|\barrow\b)\s*\S/iu;
/**
 * A mission site's section and subsection printed above the page without a separator: "General
 * Assembly Security Council", "General Assembly General Assembly". Two names of UN organs run
 * together name no meeting.
 */
const UN_ORGAN =
  "(?:General Assembly|Security Council|Economic and Social Council|ECOSOC|Human Rights Council|Trusteeship Council|UNGA|UNSC|Other Fora)";
const SECTION_PATH = new RegExp(`^${UN_ORGAN}(?:\\s+${UN_ORGAN})+$`, "u");
const PRINT =
  /^\[?\s*(?:printable version|print(?:er)?[- ]friendly(?: version)?|print(?: this (?:page|article))?|印刷用ページ)\b.*$/iu;
const PRESS = [
  /^press release$/i,
  /^for immediate release\b/i,
  /^[-–—*#\s]*(?:end|ends)[-–—*#\s]*$/i,
  /^#{3}$/,
  /^(?:media|press) (?:contact|enquiries|inquiries|office)\b/i,
  /^for (?:further|more) information\b/i,
  /^-\s*30\s*-$/,
];
/**
 * Content-type labels a site prints above a title: "Speech", "News story", "Press release"; and a
 * ministry's section name alone on a line ("国連外交", "経済外交": MOFA prints it above every page).
 */
const PAGE_LABEL =
  /^(?:(?:\d{4}|ministerial|ministry|latest|recent|national|joint|press|news and)\s+(?:statements?|speeches)(?:\s*(?:&|and)\s*(?:speeches|statements))?\s*:?|(?:statements?|speeches|remarks)\s*(?:&|and)\s*(?:speeches|statements|remarks|press releases)\s*:?|談話・コメント|会見・発表・広報|報道発表|冒頭発言|記者会見|新着情報|.{0,10}・新着情報|speech|press conferences|press briefings|interviews|statement summary|news story|news|news details|article details|breaking news|latest news|top stories|press release|statement|statements|remarks|transcript|policy paper|article|speeches and statements|国連演説|演説|スピーチ|談話|報道発表|ステートメント|[\p{Script=Han}\p{Script=Katakana}ー・]{1,8}外交|外交政策)$/iu;
/** A site's section of statements for one body: "Declaraciones Consejo de Derechos Humanos", "Speeches – Security Council". */
const SECTION_OF_BODY =
  /^(?:Statements|Speeches|Declaraciones|Discursos|Intervenciones|Déclarations|Discours|Interventions|Declarações|Intervenções)\s*[–—:|-]?\s+(?:(?:del?|de la|du|des|da|do|of the|of)\s+)?(?:Consejo|Conseil|Conselho|Council|Asamblea|Assemblée|Assembleia|Assembly|Comisión|Commission|Comissão|Comité|Committee)\b[\p{L}\s'’-]{0,60}$/u;
const DEPARTMENT =
  /^(?:from|issued by|published by|department|organisation|organization|ministry|source|担当|発表元|[来來]源|[责責]任[编編][辑輯]|[编編][辑輯]|作者|记者|記者)\s*[:：]\s*\S/iu;
const PART_OF =
  /^(?:part of|topics?|tags?|categor(?:y|ies)|filed under|related topics|location)\s*[:：]?\s+\S/i;
const ORIGINAL =
  /^(?:(?:仮訳|和文|英文|原文|日本語(?:版)?|英語(?:版)?)(?:は|の)?こちら|read (?:the )?(?:original|full)\b|view (?:the )?original\b|original (?:article|text|statement|source)\b|this (?:article|statement|speech) (?:was|is) (?:originally )?published\b|originally published\b|source\s*[:：]\s*https?:|https?:\/\/\S+$|www\.\S+$)/iu;
const PUBLISHED =
  /^(?:(?:first |date )?published(?: on)?|date modified|page last updated|post(?:ed)?(?: on)?|last (?:updated?|modified)|updated(?: on)?|date of publication|publication date|release date|issued on|press releases?|掲載日|更新日|公開日|発表日|最終更新日?|dernière (?:modification|mise à jour)|mis à jour le|publié le|última (?:actualización|modificación)|fecha de publicación|publicado el|дата (?:публикации|обновления)|обновлено|опубликовано|оновлено|опубліковано|[发發][布佈](?:[时時][间間]|日期)|更新[时時][间間]|تاريخ (?:النشر|التحديث))\s*[:：]?\s*(?<date>.*)$/iu;
const DATED_HEADLINE = /^\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\s+\d{4}\s+[-–—|]\s+\S.{0,160}$/u;
const UPDATE_HISTORY = /\b(?:show|hide) all updates\b/i;
const PAGE_MARKER = /^Page \d{1,3}\s*[:：]\s*\S/;
/** Notices a site prints about itself: cookies, redirects, archives, "official website", plug-ins. */
const SITE_NOTICE =
  /\bcookies?\b|redirected|click here|is now hosted at|we['’]re building a new [\w.]+|pages will be in transition|has (?:now )?moved to|no longer (?:being )?updated|archived (?:page|content|website)|carried over from an earlier|migrated from an (?:earlier|older|previous) version of|\bsubscribe (?:here|now)\b|\bour (?:new )?(?:weekly |daily |monthly )?newsletter\b|may display formatting inconsistencies|official website of|here['’]s how you know|^official websites use \.gov$|^a \.gov website belongs to|^secure \.gov websites use https$|^a lock \(.{0,20}\) or https:\/\/ means|^(?:error|warning|status) message$|^(?:user )?(?:warning|notice|deprecated): .{0,200}\bin [\w_]+\(\)|la legalidad, veracidad y la calidad de la información|valuta questo sito|welcome to the united nations|it['’]s your world|comments are (?:closed|off)|leave a (?:comment|reply)|^(?:previous|next) (?:article|post|story)|^please enter your (?:comment|name|e-?mail|website)|this (?:page|site|website) uses|enable javascript|adobe (?:acrobat )?reader|\bopens? in a new (?:browser )?(?:window|tab)\b|get adobe|閲覧するには|ダウンロードしてください|visitors? (?:count|since)|page views?|you are here\b|^(?:tel[ée]fono(?: local)?|direcci[óo]n|correo electr[óo]nico|atenci[óo]n al ciudadano|t[ée]l[ée]phone|adresse|courriel|address|phone|telephone|fax|e-?mail)\s*:?$|^(?:\w[\w&.,' -]{0,60}\s)?logo$|^(?:logo|imagen|image|imagem|foto|photo)\s+\S+$|^[\w-]+(?:\.[\w-]+)*\.\p{L}{2,}$|^search(?:\s+[\w.]+){0,2}$|^menu$|^(?:posted|filed) (?:in|under)\b|^tagged\b|^share this:?$|^(?:print|email|share)(?:\s*[|/·]\s*(?:print|email|e-mail|share|pdf|facebook|twitter|x|linkedin))+$/iu;
/**
 * "STATEMENT BY … GENERAL DEBATE “LEAVING[...]": an aggregator's headline in capitals cut short,
 * the whole of it printed below.
 */
const CUT_TEASER = /^[^\p{Ll}]{20,}\[(?:\.\.\.|…)\]$/u;

/**
 * A line of decoration between sections or under a header: "***", "* * *", "________", "-----",
 * "◇", "＊＊＊". Three marks or more, or one of the marks news and ministry pages set alone.
 */
const SEPARATOR = /^(?:(?:[*＊_=~～·•・◇◆◎○●■□☆★※\-–—―]\s*){3,}|[◇◆◎☆★※＊])$/u;
/**
 * A photo's caption, known by its credit at the end: "Ambassador X speaks at the debate. (Photo:
 * Permanent Mission …)", "Photo : YONHAP News". A caption's words are the page's, not the speaker's.
 */
const PHOTO_CREDIT =
  /\((?:photos?|photograph|image|picture|foto|ảnh)(?:\s*credits?)?\s*[:：]\s*[^()]{2,80}\)$|(?:^|\s)(?:photos?|photograph|image|picture|foto|ảnh)(?:\s*credits?)?\s*[:：]\s*[^():：.!?]{2,60}$/iu;
/**
 * A caption that ends on its credit in brackets, agency or office, a slash and the photographer:
 * "… in the Hofburg, Vienna, January 12, 2017. (USOSCE/Daniel Kerr)", "(UN Photo/Mark Garten)".
 */
const SLASH_CREDIT =
  /[.!?]["”’]?\s+\((?:[\p{Lu}][\p{L}.&-]*\s?){1,3}\/\s?[\p{Lu}][\p{L}.'’-]+(?:\s[\p{Lu}][\p{L}.'’-]+){0,3}\)$/u;
/** A label on its own line whose value is the next line (GOV.UK: "From:", "Published"). */
const LABEL_ONLY =
  /^(?<label>from|published|first published|last updated|last update|date modified|page last updated|updates to this page|delivered on|organisation|organization|part of|related content|explore the topic|topics)\s*[:：]?$/iu;
// An archive's book number ("ISBN 970-95188") is its imprint, as a copyright line is.
const FOOTER =
  /©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved|crown copyright|法人番号|^IS[BS]N(?:-1[03])?:?\s*[\dX]/iu;
const CONTACT =
  /^[\p{L}'’ .&/-]{0,30}\b(?:office|media|press|liaison|enquiries|inquiries|contact|switchboard|hotline|desk)\b[\p{L}'’ .&/-]{0,20}:\s*\(?\+?\d[\d\s().-]{6,}\d$|\b(?:tel|phone|telephone|fax)\b[.:]?\s*[+(\d]|[\w.+-]+@[\w-]+\.[\w.]+|〒\s?\d{3}-?\d{4}|電話\s*[（(]?代表[)）]?|(?:電話|TEL|FAX)\s*[:：]?\s*[\d０-９(（+]/iu;
const POSTAL =
  /\b\d{3}-\d{4}\b|\b[A-Z]{2} \d{5}\b|\bCH-\d{4}\b|\b\d+[-\w]*\s+(?:[A-Z][\w'-]*\s+)*(?:Street|St\.|Avenue|Ave\.|Plaza|Road|Rd\.|Rue|Chemin|Route|Boulevard|Strasse|Straße|Place)\b|\b\d-\d-\d\b|[都道府県][^。]{0,12}[区市町村]/u;
/** A share buttons' label: "Share this article", "Compartir esta noticia", "Partager cette page". */
const SHARE_LINE =
  /^(?:bookmark\s+and\s+share|share(?:\s+(?:this|on))?(?:\s+(?:page|article|story|post|news|statement))?|compartir(?:\s+(?:esta|en))?(?:\s+(?:noticia|nota|página|publicación))?|partager(?:\s+(?:cet|cette|sur))?(?:\s+(?:article|page|actualité))?|condividi(?:\s+(?:questa|su))?(?:\s+(?:notizia|pagina))?|compartilh(?:e|ar)(?:\s+(?:esta|essa))?(?:\s+(?:notícia|página))?|teilen)\s*[:：]?$/iu;
/** A weather widget's lines: its temperature ("--°C", "23 °C") and its name. */
const WIDGET = /^(?:[-–—]{1,2}|-?\d{1,3}(?:[.,]\d)?)\s?°\s?[CF]$|\bweather widget$/iu;
/** A blog post's own footer: "Posted in News | Tagged COP16 | Leave a comment"; another post follows. */
const POST_META =
  /^(?:posted in|filed under|categories\s*:|tagged(?:\s+with)?\s*:?)\s+\S.{0,200}$|\|\s*leave a (?:comment|reply)$|^leave a (?:comment|reply)$/iu;
/** A teaser of another article: "See also  After Court Ruling, …" (the link's headline, no full stop). */
const SEE_ALSO_TEASER = /^see also\s{2,}\S.{0,150}(?<![.。!?:;])$/iu;
/** A news aggregator's link to the page it copied: "Click here to visit source." */
const VISIT_SOURCE =
  /^(?:click here to )?(?:visit|view|read (?:it|more) (?:at|on)) (?:the )?(?:original )?source\b/iu;
/** Headings of the lists of other pages a site shows under an article. */
const MORE_LIST =
  /^(?:related (?:news|content|links|articles|statements|documents)|latest (?:news|statements)|more (?:news|from|statements|speeches|on this)|other (?:news|statements|speeches)|recent (?:news|statements|posts)|see also|explore the topic|you may also (?:like|be interested in)|関連(?:リンク|情報|記事|ページ)|最新(?:情報|記事)|その他の(?:記事|発表))\s*[:：]?$/iu;

export type FurnitureReason = DroppedLine["reason"];

export interface FurnitureResult {
  drafts: Draft[];
  dropped: DroppedLine[];
  /** A "Published …" line's date: the statement's date only when no delivery date is given. */
  published?: { date: StatementDate; line: number };
  /** The date in a photo caption above the text ("X addresses … 18 September 2017. (Photo: …)"). */
  captioned?: { date: StatementDate; line: number };
  /** Who speaks in a timestamped transcript's longest turn ("Batbold Ganzorig (07:04):"). */
  transcriptSpeaker?: { name: string; line: number; text: string };
  /** The person a photo caption above the text names by office: "IAEA Director General X. (Photo: …)". */
  captionSpeaker?: { name: string; line: number; text: string };
}

/**
 * Drops what a web page wraps around a statement — skip links, breadcrumbs, labels and
 * department lines, "Published …", share buttons, "back to top", print links, links to the
 * original, lists of other news, and footers with ©, postal address, telephone and e-mail —
 * and says why for each line.
 */
// Every line of every page is tried against these long rules: see native-regexps.ts.
const compileRules = nativeOnFirstUse([NAV_LINE, SITE_NOTICE]);

/** The last sentence of a line, its closing quotation mark aside. */
function lastSentence(text: string): string {
  const trimmed = text.replace(/["”»\s]+$/u, "");
  const at = trimmed.search(/[.!?。！？]\s+[^.!?。！？]*[.!?。！？]$/u);
  return at < 0 ? "" : trimmed.slice(at + 1).trim();
}

export function removePageFurniture(drafts: Draft[]): FurnitureResult {
  compileRules();
  const lines = drafts.flatMap(draftLines);
  const texts = lines.map(trimmedText);
  // "… ma délégation se réjouit …. Je vous remercie. "": thanks that end the last paragraph close it too.
  const lastClosing = texts.findLastIndex(
    (text) => isClosingThanks(text) || (text.length < 3000 && isClosingThanks(lastSentence(text))),
  );
  // Loops, not per-call closures: see docs/architecture.md, "Known traps".
  const reasons: (FurnitureReason | undefined)[] = [];
  for (const [index, line] of lines.entries())
    reasons.push(classify(line, texts[index] ?? "", index, lastClosing));
  // "From:" / "Published" alone on a line: the value on the next line goes with it;
  // "Delivered on" is dropped and its date line kept, since it is the delivery date.
  for (let index = 0; index < lines.length; index++) {
    const label = LABEL_ONLY.exec(texts[index] ?? "")?.groups?.label?.toLowerCase();
    if (!label) continue;
    reasons[index] =
      label === "delivered on"
        ? "page label"
        : label.includes("published") || label.includes("update") || label.includes("modified")
          ? "publication line"
          : (reasons[index] ?? "department line");
    if (label === "delivered on" || index + 1 >= lines.length) continue;
    if (label === "from" || label === "organisation" || label === "organization" || label === "part of")
      reasons[index + 1] = "department line";
    if (label.includes("published") || label.includes("update") || label.includes("modified")) {
      reasons[index + 1] = "publication line";
      texts[index] = `${texts[index]} ${texts[index + 1]}`;
    }
  }
  // A news site's ticker above the article: three or more lines in a row, each a date and a
  // headline ("24th September 2019 - Flood: …").
  for (let index = 0; index < lines.length; index++) {
    let end = index;
    while (end < lines.length && DATED_HEADLINE.test(texts[end] ?? "")) end++;
    if (end - index >= 3) for (let at = index; at < end; at++) reasons[at] ??= "navigation";
    index = end;
  }
  // A document site's transcript of a PDF: "Page 1: <the document's title>", "Page 2: …" over each page.
  let pageMarkers = 0;
  for (const text of texts) if (PAGE_MARKER.test(text)) pageMarkers++;
  if (pageMarkers >= 2)
    for (let index = 0; index < lines.length; index++)
      if (PAGE_MARKER.test(texts[index] ?? "")) reasons[index] ??= "navigation";
  // GOV.UK's page history after the text: "Last updated 24 June 2025 + show all updates", then
  // the list of changes ("1. We've added a note …", "2. First published.").
  const history = texts.findIndex((text) => UPDATE_HISTORY.test(text));
  if (history > lastClosing)
    for (let index = history; index < lines.length; index++) reasons[index] ??= "publication line";
  let published: FurnitureResult["published"];
  lines.forEach((line, index) => {
    if (reasons[index] !== "publication line" || published) return;
    const found = findDate(PUBLISHED.exec(texts[index] ?? "")?.groups?.date ?? "");
    if (found) published = { date: found.date, line: line.line };
  });
  let captioned: FurnitureResult["captioned"];
  for (let index = 0; index < lines.length && index < lastClosing && !captioned; index++) {
    const found = reasons[index] === "photo caption" ? findDate(texts[index] ?? "") : undefined;
    if (found) captioned = { date: found.date, line: (lines[index] as DraftLine).line };
  }
  let captionSpeaker: FurnitureResult["captionSpeaker"];
  for (let index = 0; index < lines.length && index < 40 && !captionSpeaker; index++) {
    const name =
      reasons[index] === "photo caption" ? CAPTION_OFFICE_NAME.exec(texts[index] ?? "")?.[1] : undefined;
    if (name) captionSpeaker = { name, line: (lines[index] as DraftLine).line, text: texts[index] ?? "" };
  }
  for (let index = 0; index < lines.length; index++) {
    const text = texts[index] ?? "";
    if (reasons[index] || text.length > 200) continue;
    const afterClosing = lastClosing >= 0 && index > lastClosing;
    if (CONTACT.test(text) || (POSTAL.test(text) && (afterClosing || nearFooter(reasons, index)))) {
      if (afterClosing || nearFooter(reasons, index) || CONTACT.test(text)) reasons[index] = "footer";
    }
  }
  // Everything between the closing thanks and a footer line is the site's, not the speaker's;
  // so is a list of other news after its heading.
  const footerStart = reasons.indexOf("footer", lastClosing + 1);
  if (lastClosing >= 0 && footerStart > lastClosing) {
    for (let index = footerStart; index < lines.length; index++) reasons[index] ??= "footer";
    for (let index = lastClosing + 1; index < footerStart; index++) {
      if ((texts[index] ?? "").length < 120 && !looksLikeNote(texts[index] ?? ""))
        reasons[index] ??= "footer";
    }
  }
  // After the closing thanks, a short line that is no note, country, date or signature is the site's.
  if (lastClosing >= 0) {
    for (let index = lastClosing + 1; index < lines.length; index++) {
      const text = texts[index] ?? "";
      if (reasons[index] || text.length >= 60 || /[.。!?！？]$/u.test(text) || looksLikeNote(text)) continue;
      if (countryNamed(text.replace(/^\d{1,3}[.)]?\s+/, "").replace(/[.,;*]+$/, "")) || findDate(text))
        continue;
      if (/(?:大臣|大使|代表|政務官|首相|Ambassador|Minister|Representative|H\.E\.)/u.test(text)) continue;
      if (
        /^[A-Z][\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}$/u.test(text) &&
        index + 1 < lines.length &&
        countryNamed((texts[index + 1] ?? "").replace(/^\d{1,3}[.)]?\s+/, ""))
      )
        continue;
      reasons[index] = "footer";
    }
  }
  // Share buttons or a post's footer after the closing thanks end the article: below them the
  // site lists other news, or the blog its next post.
  for (let index = lastClosing + 1; lastClosing >= 0 && index < lines.length; index++) {
    if (!SHARE_LINE.test(texts[index] ?? "") && !POST_META.test(texts[index] ?? "")) continue;
    for (let at = index; at < lines.length; at++)
      if (!looksLikeNote(texts[at] ?? "")) reasons[at] ??= "footer";
    break;
  }
  // An aggregator's "Click here to visit source." under a repost's text ends the article: what
  // follows ("See also  <another headline>", "By <the aggregator's author>") is the site's.
  const sourceLink = texts.findIndex(
    (text, index) =>
      reasons[index] === "site notice" &&
      VISIT_SOURCE.test(text) &&
      texts.slice(0, index).some((before) => before.length > 200),
  );
  for (let index = sourceLink + 1; sourceLink >= 0 && index < lines.length; index++) {
    const text = texts[index] ?? "";
    if (text.length < 160 && !/[.。!?！？]$/u.test(text) && !looksLikeNote(text)) reasons[index] ??= "footer";
  }
  for (let index = 0; index < lines.length; index++) {
    if (reasons[index] !== "list of other pages") continue;
    for (let next = index + 1; next < lines.length; next++) {
      const text = texts[next] ?? "";
      if (reasons[next] || (text.length < 160 && !/[.。]$/.test(text) && !isClosingThanks(text)))
        reasons[next] ??= "list of other pages";
      else break;
    }
  }
  const transcriptSpeaker = keepLongestTurn(texts, reasons, lines);
  const dropped: DroppedLine[] = [];
  const droppedLines = new Set<DraftLine>();
  lines.forEach((line, index) => {
    const reason = reasons[index];
    if (!reason) return;
    droppedLines.add(line);
    dropped.push({ line: line.line, reason, text: texts[index] ?? "" });
  });
  const kept: Draft[] = [];
  for (const draft of drafts) {
    const keptLines: DraftLine[] = [];
    for (const line of draft.lines) if (!droppedLines.has(line)) keptLines.push(line);
    if (keptLines.some(hasText)) kept.push({ ...draft, lines: keptLines } as Draft);
  }
  return {
    drafts: kept,
    dropped,
    ...(published && { published }),
    ...(captioned && { captioned }),
    ...(transcriptSpeaker && { transcriptSpeaker }),
    ...(captionSpeaker && { captionSpeaker }),
  };
}

/**
 * "IAEA Acting Director General Cornel Feruta. (Photo: …)", "… Director General Yukiya Amano
 * addresses delegates at …": an organisation's head by office and name opening a photo caption,
 * taken with the office as the caption gives it.
 */
const CAPTION_OFFICE_NAME =
  /^((?:[\p{Lu}][\p{L}.&-]*\s+){0,3}(?:Acting\s+|Deputy\s+|Executive\s+)?(?:Director[- ]General|Secretary[- ]General|High Commissioner|Executive Director|Administrator)\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’-]+)(?:\.|,|\s+(?:addresses|speaks|delivers|opens|at)\b)/u;

/** A turn's label in a timestamped transcript: "Speaker 1 (06:09):", "Batbold Ganzorig (07:04):". */
const TURN_LABEL =
  /^(?<name>[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{L}\p{N}'’.-]+){0,5})\s*\((?:\d{1,2}:)?\d{1,2}:\d{2}\)\s*:$/u;
/** A transcript's timestamp alone on a line: "(08:05)". */
const TIMESTAMP_ALONE = /^\((?:\d{1,2}:)?\d{1,2}:\d{2}\)$/u;
/** A transcript site's promotion above the text: "Subscribe to our blog today.", "Share this post". */
const TRANSCRIPT_PROMO = /[.!?]$|^share this (?:post|page|article|transcript)$/iu;

/**
 * A timestamped transcript (a transcription service's page of a whole meeting): the statement is
 * the longest turn. The other turns (the presiding officer calling the speaker, the next speaker)
 * are dropped, so are the timestamps and the turn's own label, whose name is who spoke; above the
 * first turn, the site's promotion sentences go and its headline stays for the header.
 */
function keepLongestTurn(
  texts: string[],
  reasons: (FurnitureReason | undefined)[],
  lines: readonly DraftLine[],
): FurnitureResult["transcriptSpeaker"] {
  const labels: number[] = [];
  for (let index = 0; index < texts.length; index++)
    if (TURN_LABEL.test(texts[index] ?? "")) labels.push(index);
  if (labels.length < 2) return undefined;
  let longest = -1;
  let longestLength = -1;
  for (const [turn, start] of labels.entries()) {
    const end = labels[turn + 1] ?? texts.length;
    let length = 0;
    for (let index = start + 1; index < end; index++) length += (texts[index] ?? "").length;
    if (length > longestLength) {
      longest = turn;
      longestLength = length;
    }
  }
  const start = labels[longest] as number;
  const end = labels[longest + 1] ?? texts.length;
  for (let index = 0; index < texts.length; index++) {
    const text = texts[index] ?? "";
    if (TIMESTAMP_ALONE.test(text)) reasons[index] = "transcript timestamp";
    else if (index < (labels[0] as number)) {
      if (TRANSCRIPT_PROMO.test(text)) reasons[index] ??= "site notice";
    } else if (index === start) reasons[index] = "speaker label";
    else if (index < start || index >= end) reasons[index] ??= "another speaker's turn";
  }
  const name = TURN_LABEL.exec(texts[start] ?? "")?.groups?.name?.trim();
  if (!name || /^speaker\s+\d+$/iu.test(name)) return undefined;
  return { name, line: (lines[start] as DraftLine).line, text: texts[start] ?? "" };
}

function draftLines(draft: Draft): DraftLine[] {
  return draft.lines;
}

function trimmedText(line: DraftLine): string {
  return lineText(line).trim();
}

function hasText(line: DraftLine): boolean {
  return trimmedText(line) !== "";
}

function nearFooter(reasons: (FurnitureReason | undefined)[], index: number): boolean {
  return [index - 2, index - 1, index + 1, index + 2].some((near) => reasons[near] === "footer");
}

function looksLikeNote(text: string): boolean {
  if (TALLY.test(text)) return true;
  return /^(?:\[\^?\d+\]|\(\d+\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\d+\s*[.)]|\*|（注|注[:：\d]|\(?notes?\)?\b|【参考】|（参考）|\(参考\))/iu.test(
    text,
  );
}

/** "Home | About Us | Media Centre | Contact": three or more short items between bars or bullets. */
function isMenu(text: string): boolean {
  if (!/[|·•»›/]/u.test(text)) return false;
  const items = text.split(/\s+[|·•»›/]\s+|\s*\|\s*/u).filter((item) => item.trim() !== "");
  return (
    items.length >= 3 &&
    items.every((item) => item.split(/\s+/).length <= 8 && !/[.!?。]$/u.test(item.trim())) &&
    !findDate(text)
  );
}

/**
 * A menu pasted without its separators: "Home Meetings & Statements Events & Activities China &
 * UN Documents About China 中文". It opens with "Home", every word is capitalised, and an "&" or
 * a language switch at the end shows it for a menu rather than a headline ("Home Secretary …").
 */
function isMenuRun(text: string): boolean {
  if (!/^Home\s/.test(text) || /[.!?。:,;]/u.test(text) || text.length > 200) return false;
  const words = text.split(/\s+/).slice(1);
  return (
    words.length >= 4 &&
    words.every((word) => /^(?:\p{Lu}|&|[^\p{Script=Latin}\p{N}])/u.test(word)) &&
    (words.includes("&") || /(?:中文|Français|Español|English|Русский|العربية|日本語)$/u.test(text))
  );
}

function classify(
  line: DraftLine,
  text: string,
  index: number,
  lastClosing: number,
): FurnitureReason | undefined {
  // A page's furniture is short; a long line is the statement's own text.
  if (text === "" || text.length > 300) return undefined;
  if (SEPARATOR.test(text)) return "separator";
  if ((PHOTO_CREDIT.test(text) || SLASH_CREDIT.test(text)) && text.length < 250) return "photo caption";
  if (PRESS.some((pattern) => pattern.test(text))) return "press-release wrapper";
  if (isBreadcrumb(text)) return "breadcrumb";
  if (line.linkOnly || NAV_LINE.test(text) || isMenu(text) || isMenuRun(text)) return "navigation";
  // A menu pasted with its spaces lost: "BlogsEventsFeaturesImage galleriesMedia…".
  if ((text.match(/\p{Ll}\p{Lu}/gu)?.length ?? 0) >= 3 && !/[.!?]\s/.test(text)) return "navigation";
  if (/^(?:(?:https?:\/\/)?(?:[\w-]+\.)+\p{L}{2,}\/?\s*){2,}$/u.test(text)) return "navigation";
  // A link alone on its line (a tweet's or video's address left by an embed), a weather widget's
  // leftovers ("--°C", "Lesotho Weather Widget"): the page's, never said.
  if (/^https?:\/\/\S+$/u.test(text) || WIDGET.test(text)) return "navigation";
  if (PRINT.test(text) && text.length < 60) return "print link";
  if (PUBLISHED.test(text) && text.length < 80 && (findDate(text) || /^\S+\s*[:：]?$/.test(text)))
    return "publication line";
  if (DEPARTMENT.test(text) && text.length < 200 && !/[.。]$/.test(text)) return "department line";
  if (
    PART_OF.test(text) &&
    text.length < 160 &&
    !/[.。]$/.test(text) &&
    (lastClosing < 0 || index > lastClosing || index < 8)
  )
    return "topic tags";
  if (ORIGINAL.test(text) && text.length < 200) return "link to the original";
  if (MORE_LIST.test(text) || SEE_ALSO_TEASER.test(text)) return "list of other pages";
  if ((SITE_NOTICE.test(text) || TRANSLATION_NOTE.test(text) || CUT_TEASER.test(text)) && text.length < 250)
    return "site notice";
  if (PAGE_LABEL.test(text) || SECTION_OF_BODY.test(text)) return "page label";
  if (FOOTER.test(text) && text.length < 200) return "footer";
  if (STAGE_DIRECTION.test(text)) return "stage direction";
  return undefined;
}

/**
 * A transcript's note of what happened in the room, on a line of its own: "[MOMENT OF SILENCE]",
 * "(Applause)", "[Laughter]". Not said by the speaker.
 */
const STAGE_DIRECTION =
  /^[[(](?:applause|laughter|pause|silence|inaudible|crosstalk|music|standing ovation|(?:a\s+)?moments?\s+of\s+silence|video(?:\s+(?:plays|shown|screening))?)[)\]]$/iu;

function isBreadcrumb(text: string): boolean {
  if (/[.。]$/.test(text)) return false;
  // "Home arrow News arrow …": the separators' images pasted as their alt text.
  return (
    (text.length < 200 && BREADCRUMB.test(text)) || BREADCRUMB_FROM_HOME.test(text) || SECTION_PATH.test(text)
  );
}
