// One render task, run in a worker thread: statement file (or its bytes) → Document via the template
// → bytes per `--to` format (or Document JSON / markup text); never throws, failures come back as data.

import { performance } from "node:perf_hooks";
import {
  type Document,
  type ImportResult,
  parseStatement,
  readStatementFile,
  statementToDocument,
  type Warning,
} from "@briefing/core";
import { type OutputFormatName, outputFormats } from "../outputs/index.js";
import { failedTask } from "./error-info.js";
import type { RenderedFile, RenderResult, RenderTask, StatementSource } from "./render-task.js";

/**
 * Renders one input to every requested format: read and import the statement, apply the
 * template, lay out each format. Never throws: a failure comes back as `{ ok: false }`
 * so the export can go on with the next file.
 */
export async function renderInput(task: RenderTask): Promise<RenderResult> {
  return (await renderInputs([task]))[0] as RenderResult;
}

/** An input on its way through `renderInputs`: what its stages have made so far. */
interface InProgress {
  task: RenderTask;
  warnings: Warning[];
  /** Milliseconds its stages have taken so far. */
  ms: number;
  imported?: ImportResult;
  document?: Document;
  markup?: string;
  outputs: RenderedFile[];
  failed?: Extract<RenderResult, { ok: false }>;
}

/**
 * Renders inputs as `renderInput` does, stage by stage: every input is imported, then every one
 * goes through the template, then each format is laid out for every input in turn. A thread
 * that runs one stage's code over several inputs in a row finds that code, and the data it
 * works on, still in the processor's caches, where one input at a time had each stage evict
 * the others' (see `EXPORT_BATCH` for what it bought). Inputs fail alone, with the error
 * `renderInput` gives them.
 */
export async function renderInputs(tasks: readonly RenderTask[]): Promise<RenderResult[]> {
  const inputs: InProgress[] = tasks.map((task) => ({ task, warnings: [], ms: 0, outputs: [] }));
  for (const input of inputs) stage(input, importStage);
  for (const input of inputs) stage(input, templateStage);
  const formats = Math.max(0, ...tasks.map((task) => task.config.formats.length));
  for (let index = 0; index < formats; index++) {
    for (const input of inputs) {
      const name = input.task.config.formats[index];
      if (input.failed || name === undefined) continue;
      const started = performance.now();
      try {
        await renderFormat(input, name);
      } catch (error) {
        input.failed = failedTask(error, input.task.file, input.warnings, started);
      }
      input.ms += performance.now() - started;
    }
  }
  return inputs.map(result);
}

function stage(input: InProgress, run: (input: InProgress) => void): void {
  if (input.failed) return;
  const started = performance.now();
  try {
    run(input);
  } catch (error) {
    input.failed = failedTask(error, input.task.file, input.warnings, started);
  }
  input.ms += performance.now() - started;
}

function importStage(input: InProgress): void {
  const { task } = input;
  const imported = task.source
    ? readSource(task.source, task.maxBytes)
    : readStatementFile(task.file, task.maxBytes === undefined ? {} : { maxBytes: task.maxBytes });
  input.warnings.push(...imported.warnings);
  input.imported = imported;
}

function templateStage(input: InProgress): void {
  const { config, file } = input.task;
  const { document, markup, warnings } = statementToDocument((input.imported as ImportResult).statement, {
    ...(config.template !== undefined && { template: config.template }),
    ...(config.templatesDir !== undefined && { templatesDir: config.templatesDir }),
    file,
  });
  input.warnings.push(...warnings);
  input.document = document;
  input.markup = markup;
}

async function renderFormat(input: InProgress, name: string): Promise<void> {
  const document = input.document as Document;
  if (name === "document" || name === "markup") {
    const text =
      name === "document" ? `${JSON.stringify(document, null, 2)}\n` : withNewline(input.markup ?? "");
    input.outputs.push({ format: name, extension: ".txt", bytes: new TextEncoder().encode(text) });
    return;
  }
  const { file, config } = input.task;
  const format = outputFormats[name as OutputFormatName];
  const rendered = await format.render(document, {
    file,
    formatOptions: {
      pdf: { pdfa: config.pdfa },
      docx: { embedFonts: config.embedFonts },
    },
  });
  input.warnings.push(...rendered.warnings);
  input.outputs.push({
    format: name,
    extension: format.extension,
    bytes: rendered.bytes,
    ...(rendered.pages !== undefined && { pages: rendered.pages }),
  });
}

function result(input: InProgress): RenderResult {
  if (input.failed) return { ...input.failed, ms: input.ms };
  const { title, titleJa, meeting, date } = (input.imported as ImportResult).statement;
  return {
    ok: true,
    statement: { title, titleJa, meeting, date },
    outputs: input.outputs,
    warnings: input.warnings,
    fonts: fontFiles(input.document as Document),
    ms: input.ms,
  };
}

/** Parses a statement sent as bytes; its name picks the importer and is named in errors. */
export function readSource(source: StatementSource, maxBytes: number | undefined): ImportResult {
  return parseStatement(source.bytes, {
    filename: source.name,
    ...(maxBytes !== undefined && { maxBytes }),
  });
}

function fontFiles(document: Document): string[] {
  const files = new Set<string>();
  for (const family of Object.values(document.fonts)) {
    for (const path of Object.values(family.files)) files.add(path);
  }
  return [...files].sort();
}

function withNewline(text: string): string {
  return text.endsWith("\n") ? text : `${text}\n`;
}
