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
import type { RenderResult, RenderTask, StatementSource } from "./render-task.js";

/**
 * Renders one input to every requested format: read and import the statement, apply the
 * template, lay out each format. Never throws: a failure comes back as `{ ok: false }`
 * so the export can go on with the next file.
 */
export async function renderInput(task: RenderTask): Promise<RenderResult> {
  const started = performance.now();
  const { file, config } = task;
  const warnings: Warning[] = [];
  try {
    const imported = task.source
      ? readSource(task.source, task.maxBytes)
      : readStatementFile(file, task.maxBytes === undefined ? {} : { maxBytes: task.maxBytes });
    warnings.push(...imported.warnings);
    const {
      document,
      markup,
      warnings: templateWarnings,
    } = statementToDocument(imported.statement, {
      ...(config.template !== undefined && { template: config.template }),
      ...(config.templatesDir !== undefined && { templatesDir: config.templatesDir }),
      file,
    });
    warnings.push(...templateWarnings);
    const outputs = [];
    for (const name of config.formats) {
      if (name === "document" || name === "markup") {
        const text = name === "document" ? `${JSON.stringify(document, null, 2)}\n` : withNewline(markup);
        outputs.push({ format: name, extension: ".txt", bytes: new TextEncoder().encode(text) });
        continue;
      }
      const format = outputFormats[name as OutputFormatName];
      const rendered = await format.render(document, {
        file,
        formatOptions: {
          pdf: { pdfa: config.pdfa },
          docx: { embedFonts: config.embedFonts },
        },
      });
      warnings.push(...rendered.warnings);
      outputs.push({
        format: name,
        extension: format.extension,
        bytes: rendered.bytes,
        ...(rendered.pages !== undefined && { pages: rendered.pages }),
      });
    }
    const { title, titleJa, meeting, date } = imported.statement;
    return {
      ok: true,
      statement: { title, titleJa, meeting, date },
      outputs,
      warnings,
      fonts: fontFiles(document),
      ms: performance.now() - started,
    };
  } catch (error) {
    return failedTask(error, file, warnings, started);
  }
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
