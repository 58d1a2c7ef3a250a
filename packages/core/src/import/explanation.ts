// Import stage: Explanation types (each field's source line and rule, each dropped line).
// What `briefing inspect --explain` prints.

/** Why a line of the source is not in the statement's text. */
export interface DroppedLine {
  line: number;
  reason:
    | "navigation"
    | "breadcrumb"
    | "print link"
    | "press-release wrapper"
    | "publication line"
    | "department line"
    | "topic tags"
    | "link to the original"
    | "list of other pages"
    | "page label"
    | "footer"
    | "site notice"
    | "separator"
    | "photo caption"
    | "stage direction"
    | "transcript timestamp"
    | "another speaker's turn"
    | "speaker label"
    | "page title"
    | "header line not recognised"
    | "header line read, no field taken from it";
  text: string;
}

/** Where a field's value came from: the source line and the rule that read it. */
export interface FieldOrigin {
  field: string;
  line: number;
  rule: string;
  /** The source text the rule read (shortened). */
  text: string;
}

/** What `briefing inspect --explain` shows: every field's origin and every dropped line. */
export interface Explanation {
  fields: FieldOrigin[];
  dropped: DroppedLine[];
}

export function shorten(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
