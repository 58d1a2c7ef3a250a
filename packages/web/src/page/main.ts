// The page's entry point: holds the loaded statements and the one being edited, and ties intake,
// the field editors, the list, the live preview and the downloads together.
import { ApiError, book, exportZip, inspectFiles, inspectText, listTemplates, render } from "./api.js";
import { byId, h } from "./dom.js";
import { saveBlob, saveResponse } from "./downloads.js";
import { fieldEditors, paragraphRoles, warningList } from "./fields.js";
import { wireIntake } from "./intake.js";
import { type Entry, type Evidence, entryName, hasJapanese, type ReportOrError } from "./model.js";
import { showPdf } from "./preview.js";
import { drawStatementList } from "./statement-list.js";

const entries: Entry[] = [];
let selected: number | undefined;
let nextId = 1;

const alertBox = byId<HTMLElement>("alert");
const list = byId<HTMLOListElement>("statement-list");
const listEmpty = byId<HTMLElement>("statement-list-empty");
const fieldsBox = byId<HTMLElement>("fields");
const paragraphsBox = byId<HTMLElement>("paragraphs");
const warningsBox = byId<HTMLElement>("warnings");
const editorTitle = byId<HTMLElement>("editor-title");
const pages = byId<HTMLElement>("preview-pages");
const previewStatus = byId<HTMLElement>("preview-status");
const listStatus = byId<HTMLElement>("list-status");
const templatePicker = byId<HTMLSelectElement>("template");
const progress = byId<HTMLProgressElement>("export-progress");
const progressLabel = byId<HTMLElement>("export-progress-label");
const singleButtons = ["download-pdf", "download-docx", "download-yaml"].map((id) =>
  byId<HTMLButtonElement>(id),
);
const manyButtons = ["book-pdf", "book-docx", "export-zip"].map((id) => byId<HTMLButtonElement>(id));

// One message per source, so a later success clears only the failure it replaces.
const alerts = new Map<string, HTMLElement>();

function describe(error: unknown): { message: string; hint?: string } {
  if (error instanceof ApiError) {
    const { file, line, column, message, hint } = error.body;
    const where = file ? `${file}${line ? `:${line}${column ? `:${column}` : ""}` : ""}: ` : "";
    return { message: `${where}${message}`, ...(hint ? { hint } : {}) };
  }
  return { message: error instanceof Error ? error.message : String(error) };
}

function showAlert(source: string, error: unknown): void {
  const { message, hint } = describe(error);
  alerts.set(
    source,
    h(
      "div",
      { class: "alert-item" },
      h("p", { class: "alert-message", lang: hasJapanese(message) ? "ja" : undefined }, message),
      hint ? h("p", { class: "alert-hint" }, hint) : undefined,
    ),
  );
  drawAlerts();
}

function clearAlert(source: string): void {
  if (alerts.delete(source)) drawAlerts();
}

function drawAlerts(): void {
  alertBox.replaceChildren(...alerts.values());
  alertBox.hidden = alerts.size === 0;
}

const current = (): Entry | undefined => entries.find((entry) => entry.id === selected);

function evidenceOf(report: Extract<ReportOrError, { statement: unknown }>): Map<string, Evidence> {
  const fields = report.explain?.fields ?? [];
  return new Map((Array.isArray(fields) ? fields : []).map((evidence) => [evidence.field, evidence]));
}

function addReports(reports: readonly ReportOrError[]): void {
  let first: number | undefined;
  reports.forEach((report, index) => {
    if ("error" in report) {
      showAlert(`read:${report.file}:${index}`, new ApiError(422, { file: report.file, ...report.error }));
      return;
    }
    const id = nextId++;
    first ??= id;
    entries.push({
      id,
      file: report.file,
      statement: report.statement,
      warnings: report.warnings ?? [],
      evidence: evidenceOf(report),
    });
  });
  if (first !== undefined) select(first);
  else drawList();
}

function drawList(focus?: { id: number; action: string }): void {
  drawStatementList(list, entries, selected, { select, move, remove }, focus);
  listEmpty.hidden = entries.length > 0;
  for (const button of manyButtons) button.disabled = entries.length === 0;
}

function move(id: number, to: number): void {
  const from = entries.findIndex((entry) => entry.id === id);
  const entry = entries[from];
  if (!entry || to < 0 || to >= entries.length || from === to) return;
  entries.splice(from, 1);
  entries.splice(to, 0, entry);
  drawList({ id, action: to < from ? "up" : "down" });
  listStatus.textContent = `Moved ${entryName(entry)} to place ${to + 1} of ${entries.length}.`;
}

function remove(id: number): void {
  const index = entries.findIndex((entry) => entry.id === id);
  if (index < 0) return;
  entries.splice(index, 1);
  const next = entries[Math.min(index, entries.length - 1)];
  if (selected === id) select(next?.id);
  else drawList(next ? { id: next.id, action: "pick" } : undefined);
}

function select(id: number | undefined): void {
  selected = id;
  drawList();
  const entry = current();
  for (const button of singleButtons) button.disabled = !entry;
  if (!entry) {
    editorTitle.textContent = "What briefing read";
    fieldsBox.replaceChildren(h("p", { class: "quiet" }, "Drop, choose or paste a statement to begin."));
    paragraphsBox.replaceChildren();
    warningsBox.replaceChildren();
    pages.replaceChildren(h("p", { class: "quiet" }, "The preview appears here once a statement is read."));
    lastPdf = undefined;
    previewStatus.textContent = "";
    return;
  }
  editorTitle.textContent = `What briefing read from ${entry.file}`;
  fieldsBox.replaceChildren(fieldEditors(entry, edited));
  paragraphsBox.replaceChildren(paragraphRoles(entry, edited));
  warningsBox.replaceChildren(warningList(entry));
  void refreshPreview();
}

let timer: ReturnType<typeof setTimeout> | undefined;
let inFlight: AbortController | undefined;
/** The PDF on show, kept to redraw at a new width without asking the server again. */
let lastPdf: Uint8Array | undefined;

function edited(): void {
  drawList();
  clearTimeout(timer);
  // Typing sends nothing until a quarter second of quiet, so each keystroke is not a render.
  timer = setTimeout(() => void refreshPreview(), 250);
}

async function refreshPreview(): Promise<void> {
  const entry = current();
  if (!entry) return;
  inFlight?.abort();
  const controller = new AbortController();
  inFlight = controller;
  pages.setAttribute("aria-busy", "true");
  previewStatus.textContent = "Updating the preview…";
  try {
    const response = await render(entry.statement, "pdf", templatePicker.value, controller.signal);
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (controller.signal.aborted) return;
    lastPdf = bytes;
    // pdf.js takes the buffer it is given over to its worker: it gets a copy.
    const count = await showPdf(pages, bytes.slice());
    if (count === undefined || controller.signal.aborted) return;
    clearAlert("preview");
    previewStatus.textContent = `Preview: ${count} ${count === 1 ? "page" : "pages"}, template ${templatePicker.value}.`;
  } catch (error) {
    if (controller.signal.aborted) return;
    showAlert("preview", error);
    previewStatus.textContent = "The preview could not be updated.";
  } finally {
    if (inFlight === controller) {
      pages.removeAttribute("aria-busy");
      inFlight = undefined;
    }
  }
}

/** Runs a download from a button, showing failures in the alert and keeping the button from a double click. */
function onClick(id: string, run: () => Promise<string | undefined>): void {
  const button = byId<HTMLButtonElement>(id);
  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      const saved = await run();
      clearAlert(id);
      if (saved) previewStatus.textContent = `Saved ${saved}.`;
    } catch (error) {
      showAlert(id, error);
    } finally {
      button.disabled = false;
    }
  });
}

const statements = () => entries.map((entry) => entry.statement);
const single = (to: "pdf" | "docx" | "yaml") => async () => {
  const entry = current();
  if (!entry) return undefined;
  return saveResponse(await render(entry.statement, to, templatePicker.value), `statement.${to}`);
};
onClick("download-pdf", single("pdf"));
onClick("download-docx", single("docx"));
onClick("download-yaml", single("yaml"));
onClick("book-pdf", async () => saveResponse(await book(statements(), "pdf"), "briefing-book.pdf"));
onClick("book-docx", async () => saveResponse(await book(statements(), "docx"), "briefing-book.docx"));
onClick("export-zip", async () => {
  progress.hidden = false;
  progress.value = 0;
  progress.max = entries.length;
  progressLabel.textContent = `Rendering 0 of ${entries.length}…`;
  try {
    const result = await exportZip(statements(), templatePicker.value, (step) => {
      progress.max = step.total;
      progress.value = step.done;
      progressLabel.textContent = `Rendered ${step.done} of ${step.total} (${step.file}${step.ok ? "" : ", failed"})`;
    });
    saveBlob(result.zip, result.filename);
    progressLabel.textContent =
      result.failed > 0
        ? `Saved ${result.filename}; ${result.failed} could not be rendered (see manifest.json inside).`
        : `Saved ${result.filename}.`;
    return undefined;
  } catch (error) {
    progressLabel.textContent = "The export stopped.";
    throw error;
  } finally {
    progress.hidden = true;
  }
});

templatePicker.addEventListener("change", () => void refreshPreview());

let shownWidth = pages.clientWidth;
let resizeTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener("resize", () => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => {
    if (!lastPdf || pages.clientWidth === shownWidth) return;
    shownWidth = pages.clientWidth;
    void showPdf(pages, lastPdf.slice()).catch((error: unknown) => showAlert("preview", error));
  }, 300);
});

async function loadTemplates(): Promise<void> {
  try {
    const templates = await listTemplates();
    const chosen = templatePicker.value;
    templatePicker.replaceChildren(
      ...templates
        .filter((template) => template.name !== "book")
        .map((template) =>
          h(
            "option",
            { value: template.name, selected: template.name === chosen, title: template.description },
            template.name,
          ),
        ),
    );
    clearAlert("templates");
  } catch (error) {
    showAlert("templates", error);
  }
}

async function read(source: string, reading: Promise<ReportOrError[]>): Promise<void> {
  previewStatus.textContent = "Reading…";
  try {
    addReports(await reading);
    clearAlert(source);
  } catch (error) {
    showAlert(source, error);
    previewStatus.textContent = "";
  }
}

wireIntake({
  files: (files) => void read("files", inspectFiles(files)),
  text: (text) => void read("paste", inspectText(text, "pasted.txt")),
  refused: (names) =>
    showAlert(
      "refused",
      new Error(`briefing reads .txt .md .yaml .yml .json and .docx files, not ${names.join(", ")}.`),
    ),
});

select(undefined);
void loadTemplates();
