// `briefing render`: one statement → Document JSON, markup, PDF or Word, on one worker thread under
// the same time and memory limits as export.

import { basename, extname, resolve } from "node:path";
import { formatWarning, type Warning, writeFileAtomic } from "@briefing/core/light";
import { type Command, Option } from "commander";
import { CliError, EXIT_INPUT, EXIT_USAGE } from "../cli-error.js";
import { taskFailure } from "../export/error-info.js";
import { createRenderPool } from "../export/pool.js";
import type { RenderResult } from "../export/render-task.js";
import { taskSignal } from "../export/task-signal.js";
import { checkWritableFile, fsCliError } from "../io/path-errors.js";
import {
  chosenLimits,
  chosenTemplate,
  embedFontsOption,
  limitOptions,
  pdfaOption,
  templateOptions,
} from "./shared-options.js";

const DEFAULT_TEMPLATE = "briefing";

const formats = ["document", "markup", "pdf", "docx"] as const;
type RenderFormat = (typeof formats)[number];

interface RenderOptions {
  to?: RenderFormat;
  output?: string;
  template: string;
  templates?: string;
  pdfa?: boolean;
  embedFonts?: boolean;
  timeout: string;
  maxMemory: string;
}

function printWarnings(warnings: readonly Warning[]): void {
  for (const warning of warnings) process.stderr.write(`${formatWarning(warning)}\n`);
}

/**
 * `briefing render <file> --to document|markup|pdf|docx`: Document JSON and markup go to
 * stdout (or -o); PDF and Word files to -o, by default `<input name>.<ext>` in the current
 * directory. The work runs on a worker thread under the same time and memory limits as
 * `export`, so one hostile file cannot hang or crash the shell script that called it.
 */
export function registerRender(program: Command): void {
  const command = program
    .command("render")
    .description("Render one statement through a template: Document JSON, markup, PDF or Word")
    .argument("<file>", "statement file (.txt .md .yaml .json .docx)")
    .addOption(
      new Option("--to <format>", "what to produce (default: from -o's .pdf or .docx, else pdf)").choices(
        formats,
      ),
    )
    .option("-o, --output <path>", "write here (document/markup default: stdout; pdf/docx: ./<name>.<ext>)");
  templateOptions(command, DEFAULT_TEMPLATE);
  pdfaOption(command, "PDF only: write PDF/A-2");
  embedFontsOption(command, "Word only: embed the fonts, subset to the characters used");
  limitOptions(command, "the render").action(async (file: string, options: RenderOptions) => {
    const to = chosenFormat(options);
    if (options.pdfa && to !== "pdf") throw new CliError("--pdfa only applies to --to pdf", EXIT_USAGE);
    if (options.embedFonts && to !== "docx")
      throw new CliError("--embed-fonts only applies to --to docx", EXIT_USAGE);
    const { timeoutMs, maxMemoryMb } = chosenLimits(options);
    const binary = to === "pdf" || to === "docx";
    const output = options.output ?? (binary ? resolve(`${basename(file, extname(file))}.${to}`) : undefined);
    // Checked first: a missing or read-only folder should not cost the render.
    if (output !== undefined) await checkWritableFile(output);

    const pool = createRenderPool({ jobs: 1, maxMemoryMb });
    const task = taskSignal(timeoutMs);
    let result: RenderResult;
    try {
      const config = {
        formats: [to],
        ...chosenTemplate(options, DEFAULT_TEMPLATE),
        pdfa: options.pdfa === true,
        embedFonts: options.embedFonts === true,
      };
      result = await pool.run({ file, config }, task.signal);
    } catch (error) {
      result = {
        ok: false,
        error: taskFailure(error, file, { timeoutMs, timedOut: task.timedOut() }),
        warnings: [],
        ms: 0,
      };
    } finally {
      task.release();
      await pool.destroy();
    }
    printWarnings(result.warnings);
    if (!result.ok) throw new CliError(result.error.message, EXIT_INPUT);
    const rendered = result.outputs[0];
    if (!rendered) throw new Error(`the worker returned no ${to} output`);
    if (output === undefined) {
      process.stdout.write(rendered.bytes);
      return;
    }
    try {
      await writeFileAtomic(output, rendered.bytes);
    } catch (error) {
      throw fsCliError(error, output);
    }
    if (!binary) return;
    const pages =
      rendered.pages === undefined ? "" : ` (${rendered.pages} ${rendered.pages === 1 ? "page" : "pages"})`;
    process.stderr.write(`briefing: wrote ${output}${pages}\n`);
  });
}

/**
 * `--to`, else what `-o` names by its extension (`-o brief.docx` is a Word file), else a PDF. A
 * `--to` that contradicts `-o`'s extension would write one format under the other's name.
 */
function chosenFormat(options: RenderOptions): RenderFormat {
  const extension = options.output === undefined ? "" : extname(options.output).toLowerCase();
  const named = extension === ".pdf" ? "pdf" : extension === ".docx" ? "docx" : undefined;
  if (options.to !== undefined && named !== undefined && options.to !== named)
    throw new CliError(
      `-o ${options.output} names a ${named === "pdf" ? "PDF" : "Word"} file but --to is ${options.to}: drop --to, or change -o's extension`,
      EXIT_USAGE,
    );
  return options.to ?? named ?? "pdf";
}
