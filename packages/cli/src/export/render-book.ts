// Binding statements into one book: the one way `briefing book` and `POST /api/book` order them,
// apply the book template and lay out the PDF or Word file; also the worker's book task.

import { performance } from "node:perf_hooks";
import { type Statement, statementsToBook, type Warning } from "@briefing/core";
import { type OutputFormatName, outputFormats } from "../outputs/index.js";
import { failedTask } from "./error-info.js";
import { compareCodePoints } from "./expand-inputs.js";
import { readSource } from "./render-input.js";
import type { BookResult, BookTask } from "./render-task.js";

export interface BookOptions {
  format: OutputFormatName;
  template: string;
  templatesDir?: string;
  pdfa: boolean;
  embedFonts: boolean;
  /** Named in warnings and template errors: the book's file name. */
  file: string;
}

export interface BoundBook {
  bytes: Uint8Array;
  pages: number | undefined;
  warnings: Warning[];
}

/** Renders statements, in the order given, into one book file. */
export async function bindBook(statements: Statement[], options: BookOptions): Promise<BoundBook> {
  const { document, warnings } = statementsToBook(statements, {
    template: options.template,
    ...(options.templatesDir !== undefined && { templatesDir: options.templatesDir }),
    file: options.file,
  });
  const rendered = await outputFormats[options.format].render(document, {
    file: options.file,
    formatOptions: {
      pdf: { pdfa: options.pdfa },
      docx: { embedFonts: options.embedFonts },
    },
  });
  return { bytes: rendered.bytes, pages: rendered.pages, warnings: [...warnings, ...rendered.warnings] };
}

/** Oldest first; undated statements last; ties by `key` (a path or name), so the order is stable. */
export function sortByDate<T extends { statement: Pick<Statement, "date"> }>(
  entries: readonly T[],
  key: (entry: T) => string,
): T[] {
  return [...entries].sort((a, b) => {
    const da = a.statement.date?.start;
    const db = b.statement.date?.start;
    if (da !== db) {
      if (da === undefined) return 1;
      if (db === undefined) return -1;
      return compareCodePoints(da, db);
    }
    return compareCodePoints(key(a), key(b));
  });
}

/**
 * The worker's book task: reads every source (the first that cannot be read fails the book,
 * since a binder silently missing a statement misleads), orders them and binds them.
 */
export async function renderBookTask(task: BookTask): Promise<BookResult> {
  const started = performance.now();
  const warnings: Warning[] = [];
  const read: { name: string; index: number; statement: Statement }[] = [];
  for (const [index, source] of task.sources.entries()) {
    try {
      const imported = readSource(source, task.maxBytes);
      warnings.push(...imported.warnings);
      read.push({ name: source.name, index, statement: imported.statement });
    } catch (error) {
      return failedTask(error, source.name, warnings, started);
    }
  }
  // Ties keep the order sent: names may repeat, positions do not.
  const key = (entry: { index: number }) => String(entry.index).padStart(8, "0");
  const ordered = task.order === "date" ? sortByDate(read, key) : read;
  const file = `book.${task.format}`;
  try {
    const book = await bindBook(
      ordered.map((entry) => entry.statement),
      {
        format: task.format,
        template: task.template,
        ...(task.templatesDir !== undefined && { templatesDir: task.templatesDir }),
        pdfa: task.pdfa,
        embedFonts: task.embedFonts,
        file,
      },
    );
    warnings.push(...book.warnings);
    return {
      ok: true,
      bytes: book.bytes,
      ...(book.pages !== undefined && { pages: book.pages }),
      statements: ordered.length,
      warnings,
      ms: performance.now() - started,
    };
  } catch (error) {
    return failedTask(error, file, warnings, started);
  }
}
