// Import guard: the caps on bytes, blocks, lines, nesting and YAML size every importer enforces.

/**
 * The limits every importer works within, so that no input, however large or hostile, costs
 * more than time and memory in proportion to its size. Each is far above what a real statement
 * needs (a few pages: under 100 paragraphs of under 10,000 characters), and passing one always
 * gives a one-line BriefingError or a warning; text is never cut off silently.
 */

/**
 * Bytes of a statement file (.txt, .md, .yaml, .json, .docx as stored). A larger file is
 * refused: "the file is too large (12.0 MB; statements are limited to 10.0 MB)".
 */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/**
 * Blocks of a statement's body: paragraphs, headings and list items together, in every format.
 * More is refused ("the statement has 12,000 paragraphs, headings and list items (limit
 * 10,000)"): it is a collection or another kind of file, and renderers should not be asked to
 * lay it out as one statement.
 */
export const MAX_PARAGRAPHS = 10_000;

/**
 * Lines of a .txt or .md statement that are not blank, front matter not counted. The importer
 * reads every line for header fields, dates, notes and page furniture, so more is refused
 * before anything is parsed ("the statement has 30,000 lines of text (limit 20,000)").
 */
export const MAX_LINES = 20_000;

/**
 * Characters of one paragraph, heading or list item. A longer one (text with no line breaks
 * at all, e.g. a whole page on one line) is split into paragraphs of at most this length, at
 * the end of a sentence where one falls in the second half of the limit, else at a space; one
 * warning says so. Nothing is dropped, and every later stage sees bounded text.
 */
export const MAX_PARAGRAPH_CHARS = 50_000;

/**
 * Levels of Markdown nesting that are parsed as structure: each blockquote counts one level,
 * each list two (the list and its item). The statement model is flat (nested lists are
 * flattened into their parent, blockquotes read as paragraphs), so deeper text is kept as plain
 * paragraphs, its markers removed, with one warning naming the first such line.
 */
export const MAX_MARKDOWN_NESTING = 100;

/**
 * Characters of YAML: a .yaml/.yml statement, or a front-matter block. The `yaml` parser reads
 * about a megabyte a second (a 10 MB file took 10 to 20 s), so YAML is held to less than the
 * general limit; a real statement's YAML is under 100 KB. More is refused: "the YAML is
 * 9,500,000 characters long (limit 2,000,000)"; JSON has no such limit.
 */
export const MAX_YAML_CHARS = 2_000_000;

/**
 * Fields of one's own (front-matter fields briefing does not know, or `extra` in a .yaml/.json
 * statement), kept for templates. A ministry's template uses a handful; more is refused
 * ("the front matter has 5,000 fields of its own (limit 1,000)").
 */
export const MAX_EXTRA_FIELDS = 1000;

/**
 * Copies that YAML aliases (`*name`) may make of their anchors, counted as the `yaml` package
 * counts them (its `maxAliasCount`: uses times the aliases inside what each one copies). More
 * is refused as an alias bomb ("billion laughs"); statements need no aliases at all.
 */
export const MAX_YAML_ALIASES = 100;

/**
 * Depth of nested collections (`[`, `{`, or indented YAML) in a .yaml/.json statement or front
 * matter. The model is at most about six levels deep; deeper input is refused before it is
 * parsed, so that no parser recurses into it.
 */
export const MAX_DATA_NESTING = 64;

/**
 * Uncompressed bytes of word/document.xml in a .docx; each other part read (styles,
 * numbering, properties) is held to the same limit. A larger part is refused: a statement's
 * XML is well under 1 MB, and a bigger one is a damaged file or a zip bomb.
 */
export const MAX_DOCX_PART_BYTES = 16 * 1024 * 1024;

/**
 * Uncompressed bytes of every entry of a .docx together, as its zip directory declares them
 * (images included). A larger package is refused before anything is inflated.
 */
export const MAX_DOCX_EXPANDED_BYTES = 64 * 1024 * 1024;

/**
 * Paragraph elements (`<w:p>`, empty ones included) in a part of a .docx. More is refused, like
 * a statement with more than `MAX_PARAGRAPHS` blocks; empty paragraphs that Word uses as
 * spacing are why it is twice that limit.
 */
export const MAX_DOCX_PARAGRAPHS = 2 * MAX_PARAGRAPHS;

/**
 * XML elements in one part of a .docx. Each costs several hundred bytes once parsed, so this
 * keeps a part's tree to about 200 MB; a real statement has a few thousand.
 */
export const MAX_XML_ELEMENTS = 300_000;

/**
 * Depth of nested XML elements in a .docx part. Word nests a few dozen levels (tables in
 * tables, content controls); the tree is walked recursively, so deeper is refused.
 */
export const MAX_XML_DEPTH = 256;
