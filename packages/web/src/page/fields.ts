// The left panel's editors for what briefing read: one labelled input per field, the source line
// each came from (shown on hover and on focus), the warnings, and each paragraph's role.
import { h } from "./dom.js";
import { type Entry, hasJapanese, type ParagraphRole, type Statement } from "./model.js";

interface FieldSpec {
  id: string;
  label: string;
  /** The `explain.fields` key whose evidence this input shows. */
  evidence: string;
  hint?: string;
  multiline?: boolean;
  get(statement: Statement): string;
  /** Applies the text to the statement, or returns why it cannot be taken. */
  set(statement: Statement, value: string): string | undefined;
}

type TextKey =
  | "title"
  | "titleJa"
  | "meeting"
  | "venue"
  | "speaker"
  | "delegation"
  | "delivery"
  | "classification";

// An emptied field is removed, not sent as "": the model reads "" as a value, not as absent.
const text = (key: TextKey, label: string): FieldSpec => ({
  id: key,
  label,
  evidence: key,
  get: (statement) => statement[key] ?? "",
  set(statement, value) {
    if (value.trim() === "") delete statement[key];
    else statement[key] = value;
    return undefined;
  },
});

/** "4:30" or "5" (minutes) to seconds; undefined when it is neither. */
export function parseMinutes(value: string): number | undefined {
  const clock = /^\s*(\d+)\s*(?::\s*([0-5]?\d))?\s*$/.exec(value);
  if (!clock) return undefined;
  return Number(clock[1]) * 60 + Number(clock[2] ?? 0);
}

export const formatMinutes = (seconds: number): string =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;

function setDate(statement: Statement, part: "text" | "start", value: string): string | undefined {
  const date = {
    start: statement.date?.start ?? "",
    text: statement.date?.text ?? "",
    end: statement.date?.end,
  };
  date[part] = value.trim();
  if (date.start === "" && date.text === "") {
    delete statement.date;
    return undefined;
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date.start)) return "Give the day as yyyy-mm-dd, e.g. 2021-11-23.";
  statement.date = {
    start: date.start,
    text: date.text || date.start,
    ...(date.end ? { end: date.end } : {}),
  };
  return undefined;
}

const specs: FieldSpec[] = [
  text("title", "Title"),
  text("titleJa", "Japanese title"),
  text("meeting", "Meeting"),
  text("venue", "Venue"),
  {
    id: "dateText",
    label: "Date as written",
    evidence: "date",
    get: (statement) => statement.date?.text ?? "",
    set: (statement, value) => setDate(statement, "text", value),
  },
  {
    id: "dateStart",
    label: "Date (yyyy-mm-dd)",
    evidence: "date",
    get: (statement) => statement.date?.start ?? "",
    set: (statement, value) => setDate(statement, "start", value),
  },
  text("speaker", "Speaker"),
  text("delegation", "Delegation"),
  text("delivery", "Delivery marker"),
  text("classification", "Classification"),
  {
    id: "timeLimit",
    label: "Time limit (minutes:seconds)",
    evidence: "timeLimit",
    get: (statement) => (statement.timeLimit ? formatMinutes(statement.timeLimit) : ""),
    set(statement, value) {
      if (value.trim() === "") {
        delete statement.timeLimit;
        return undefined;
      }
      const seconds = parseMinutes(value);
      if (!seconds) return "Give the time as minutes:seconds, e.g. 4:30, or whole minutes.";
      statement.timeLimit = seconds;
      return undefined;
    },
  },
  {
    id: "cosignatories",
    label: "Cosignatories (one a line)",
    evidence: "cosignatories",
    multiline: true,
    get: (statement) => (statement.cosignatories ?? []).join("\n"),
    set(statement, value) {
      const names = value
        .split("\n")
        .map((name) => name.trim())
        .filter((name) => name !== "");
      if (names.length === 0) delete statement.cosignatories;
      else statement.cosignatories = names;
      return undefined;
    },
  },
];

const markLanguage = (element: HTMLElement, value: string) => {
  if (hasJapanese(value)) element.lang = "ja";
  else element.removeAttribute("lang");
};

/** The field editors for one statement; `onEdit` runs after every accepted change. */
export function fieldEditors(entry: Entry, onEdit: () => void): HTMLElement {
  const list = h("div", { class: "fields" });
  for (const spec of specs) {
    const id = `field-${spec.id}`;
    const evidence = entry.evidence.get(spec.evidence);
    const evidenceId = `${id}-evidence`;
    const errorId = `${id}-error`;
    const value = spec.get(entry.statement);
    const attributes = {
      id,
      name: spec.id,
      "aria-describedby": `${errorId}${evidence ? ` ${evidenceId}` : ""}`,
      autocomplete: "off",
      spellcheck: "false",
    };
    const input = spec.multiline
      ? h("textarea", { ...attributes, rows: Math.max(2, value.split("\n").length) })
      : h("input", {
          ...attributes,
          type: "text",
          inputmode: spec.id === "dateStart" ? "numeric" : undefined,
        });
    input.value = value;
    markLanguage(input, value);
    const error = h("p", { class: "field-error", id: errorId });
    input.addEventListener("input", () => {
      markLanguage(input, input.value);
      const problem = spec.set(entry.statement, input.value);
      error.textContent = problem ?? "";
      input.setAttribute("aria-invalid", problem ? "true" : "false");
      if (!problem) onEdit();
    });
    const row = h("div", { class: "field" }, h("label", { for: id }, spec.label), input, error);
    if (evidence) {
      const tip = h(
        "div",
        { class: "evidence", id: evidenceId, role: "tooltip" },
        h("span", { class: "evidence-line" }, `line ${evidence.line}: `),
        h("span", { lang: hasJapanese(evidence.text) ? "ja" : undefined }, evidence.text),
        evidence.rule ? h("span", { class: "evidence-rule" }, ` (${evidence.rule})`) : undefined,
      );
      row.append(tip);
      row.classList.add("has-evidence");
      // Escape hides the tooltip without moving focus (WCAG 1.4.13, content on hover or focus).
      input.addEventListener("keydown", (event) => {
        if ((event as KeyboardEvent).key === "Escape") row.classList.add("evidence-dismissed");
      });
      input.addEventListener("blur", () => row.classList.remove("evidence-dismissed"));
    }
    list.append(row);
  }
  return list;
}

export function warningList(entry: Entry): HTMLElement {
  if (entry.warnings.length === 0) return h("p", { class: "quiet" }, "briefing found nothing to warn about.");
  return h(
    "ul",
    { class: "warnings" },
    ...entry.warnings.map((warning) =>
      h(
        "li",
        { lang: hasJapanese(warning.message) ? "ja" : undefined },
        `line ${warning.line}: ${warning.message}`,
      ),
    ),
  );
}

const roles: ParagraphRole[] = ["salutation", "body", "closing"];

/** Each paragraph's opening words and a role picker; headings and lists have no role to pick. */
export function paragraphRoles(entry: Entry, onEdit: () => void): HTMLElement {
  const list = h("ol", { class: "paragraphs" });
  entry.statement.body.forEach((block, index) => {
    if (block.type !== "paragraph") return;
    const words = block.runs.map((run) => run.text).join("");
    const id = `role-${index}`;
    const select = h(
      "select",
      { id, "aria-describedby": `${id}-text` },
      ...roles.map((role) => h("option", { value: role, selected: role === block.role }, role)),
    );
    select.addEventListener("change", () => {
      block.role = select.value as ParagraphRole;
      onEdit();
    });
    list.append(
      h(
        "li",
        {},
        h("label", { for: id }, `Paragraph ${index + 1} role`),
        select,
        h(
          "p",
          { id: `${id}-text`, class: "excerpt", lang: hasJapanese(words) ? "ja" : undefined },
          words.length > 140 ? `${words.slice(0, 140)}…` : words,
        ),
      ),
    );
  });
  return list;
}
