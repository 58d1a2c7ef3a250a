// `briefing book`: many statements → one PDF or Word binder (cover, contents, a section each),
// ordered by date or as given; any unreadable input stops the book, since a gap would mislead.

import { extname, resolve } from "node:path";
import type { Statement, Warning } from "@briefing/core";
import { formatWarning, statementExtensions, writeFileAtomic } from "@briefing/core/light";
import type { Command } from "commander";
import { CliError, EXIT_INPUT, EXIT_USAGE } from "../cli-error.js";
import { errorInfo } from "../export/error-info.js";
import { expandInputs, type InputFile } from "../export/expand-inputs.js";
import { checkWritableFile, fsCliError } from "../io/path-errors.js";
import { type OutputFormatName, outputFormats } from "../outputs/index.js";
import {
  chosenTemplate,
  embedFontsOption,
  inputsArgument,
  pdfaOption,
  quietOption,
  templateOptions,
} from "./shared-options.js";

const DEFAULT_TEMPLATE = "book";

interface BookOptions {
  output: string;
  order: string;
  template?: string;
  templates?: string;
  pdfa?: boolean;
  embedFonts?: boolean;
  quiet?: boolean;
}

export function registerBook(program: Command): void {
  const command = program
    .command("book")
    .description("Bind many statements into one PDF or Word document: cover, contents, one section each.");
  inputsArgument(command)
    .requiredOption("-o, --output <file>", "the book to write: a .pdf or .docx file")
    .option(
      "--order <order>",
      "date (oldest first, undated last) or given (the order of the inputs)",
      "date",
    );
  templateOptions(command, DEFAULT_TEMPLATE);
  pdfaOption(command);
  embedFontsOption(command);
  quietOption(command).action(async (inputs: string[], options: BookOptions) => {
    await bookCommand(inputs, options);
  });
}

async function bookCommand(args: string[], options: BookOptions): Promise<void> {
  const output = resolve(options.output);
  const format = extname(output).slice(1).toLowerCase();
  if (!(format in outputFormats)) {
    throw new CliError(`-o must name a .pdf or .docx file (got "${options.output}")`, EXIT_USAGE);
  }
  if (options.embedFonts && format !== "docx") {
    throw new CliError("--embed-fonts only applies to a .docx book", EXIT_USAGE);
  }
  if (options.order !== "date" && options.order !== "given") {
    throw new CliError(`--order expects date or given (got "${options.order}")`, EXIT_USAGE);
  }
  await checkWritableFile(output);
  const { inputs, unmatched } = await expandInputs(args, { extensions: statementExtensions });
  for (const pattern of unmatched) process.stderr.write(`briefing: no file matches ${pattern}\n`);
  if (inputs.length === 0) throw new CliError("no statement files found in the inputs given", EXIT_INPUT);

  // Loaded here, not with the program: see docs/architecture.md, "Two entry points".
  const [{ readStatementFile }, { bindBook, sortByDate }] = await Promise.all([
    import("@briefing/core"),
    import("../export/render-book.js"),
  ]);
  const warnings: Warning[] = [];
  const read: { input: InputFile; statement: Statement }[] = [];
  let failed = 0;
  for (const input of inputs) {
    try {
      const { statement, warnings: found } = readStatementFile(input.display);
      warnings.push(...found);
      read.push({ input, statement });
    } catch (error) {
      failed++;
      process.stderr.write(`briefing: ${errorInfo(error, input.display).message}\n`);
    }
  }
  // A binder silently missing a statement is worse than no binder.
  if (failed > 0)
    throw new CliError(`${failed} of ${inputs.length} inputs failed; no book written`, EXIT_INPUT);

  const ordered = options.order === "date" ? sortByDate(read, (entry) => entry.input.relative) : read;
  const rendered = await bindBook(
    ordered.map((entry) => entry.statement),
    {
      format: format as OutputFormatName,
      ...chosenTemplate(options, DEFAULT_TEMPLATE),
      pdfa: options.pdfa === true,
      embedFonts: options.embedFonts === true,
      file: options.output,
    },
  );
  warnings.push(...rendered.warnings);
  await writeFileAtomic(output, rendered.bytes).catch((error: unknown) => {
    throw fsCliError(error, output);
  });
  if (!options.quiet) {
    for (const warning of warnings) process.stderr.write(`warning: ${formatWarning(warning)}\n`);
    const pages = rendered.pages === undefined ? "" : `, ${rendered.pages} pages`;
    process.stdout.write(`briefing: wrote ${options.output} (${ordered.length} statements${pages})\n`);
  }
}
