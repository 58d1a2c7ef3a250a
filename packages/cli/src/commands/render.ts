import { basename, extname, resolve } from "node:path";
import {
  formatWarning,
  readStatementFile,
  renderDocument,
  type Warning,
  writeFileAtomic,
} from "@briefing/core";
import { type Command, Option } from "commander";
import { CliError, EXIT_USAGE } from "../cli-error.js";
import type { OutputFormatName } from "../outputs/index.js";

const formats = ["document", "markup", "pdf", "docx"] as const;
type RenderFormat = (typeof formats)[number];

interface RenderOptions {
  to: RenderFormat;
  output?: string;
  template: string;
  templates?: string;
  pdfa?: boolean;
}

function printWarnings(warnings: readonly Warning[]): void {
  for (const warning of warnings) process.stderr.write(`${formatWarning(warning)}\n`);
}

/**
 * `briefing render <file> --to document|markup|pdf|docx`: Document JSON and markup go to
 * stdout (or -o); PDF and Word files to -o, by default `<input name>.<ext>` in the current
 * directory.
 */
export function registerRender(program: Command): void {
  program
    .command("render")
    .description("Render one statement through a template: Document JSON, markup, PDF or Word")
    .argument("<file>", "statement file (.txt .md .yaml .json .docx)")
    .addOption(new Option("--to <format>", "what to produce").choices(formats).default("pdf"))
    .option("-o, --output <path>", "write here (document/markup default: stdout; pdf/docx: ./<name>.<ext>)")
    .option(
      "--template <name-or-dir>",
      "built-in template name, a name in --templates, or a template folder",
      "briefing",
    )
    .option("--templates <dir>", "folder of user templates, searched by name before the built-ins")
    .option("--pdfa", "PDF only: write PDF/A-2")
    .action(async (file: string, options: RenderOptions) => {
      if (options.pdfa && options.to !== "pdf")
        throw new CliError("--pdfa only applies to --to pdf", EXIT_USAGE);
      const read = await readStatementFile(file);
      printWarnings(read.warnings);
      const rendered = renderDocument(read.statement, {
        template: options.template,
        ...(options.templates ? { templatesDir: options.templates } : {}),
        file,
      });
      printWarnings(rendered.warnings);
      if (options.to === "document" || options.to === "markup") {
        const text =
          options.to === "document"
            ? `${JSON.stringify(rendered.document, null, 2)}\n`
            : ensureNewline(rendered.markup);
        if (options.output) await writeFileAtomic(options.output, text);
        else process.stdout.write(text);
        return;
      }
      // Loaded on demand: the PDF and Word renderers are not needed for document/markup output.
      const { outputFormats } = await import("../outputs/index.js");
      const format = outputFormats[options.to as OutputFormatName];
      const output = options.output ?? resolve(`${basename(file, extname(file))}${format.extension}`);
      const result = await format.render(rendered.document, {
        file,
        ...(options.pdfa ? { pdfa: true } : {}),
      });
      printWarnings(result.warnings);
      await writeFileAtomic(output, result.bytes);
      const pages =
        result.pages === undefined ? "" : ` (${result.pages} ${result.pages === 1 ? "page" : "pages"})`;
      process.stderr.write(`briefing: wrote ${output}${pages}\n`);
    });
}

function ensureNewline(text: string): string {
  return text.endsWith("\n") ? text : `${text}\n`;
}
