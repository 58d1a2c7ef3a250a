// `briefing inspect`: statement files → a YAML or JSON report (fields, stats, warnings; with
// --explain, each field's source line); unreadable files go to stderr, the rest still print.

import type { Explanation, Statement, Stats, Warning } from "@briefing/core";
import { type Command, InvalidArgumentError, Option } from "commander";
import { CliError, EXIT_INPUT } from "../cli-error.js";

interface InspectOptions {
  format: "json" | "yaml";
  wpm: number;
  cpm: number;
  explain?: boolean;
}

/** What `inspect` prints for each file it could read. */
export interface InspectReport {
  file: string;
  statement: Statement;
  stats: Stats;
  warnings: Warning[];
  /** With --explain: where each field came from, and why lines were dropped. */
  explain?: {
    fields: Record<string, string>;
    dropped: string[];
  };
}

/** `briefing inspect <file…>`: the parsed statement, its stats and warnings, for each file. */
export function registerInspect(program: Command): void {
  program
    .command("inspect")
    .description(
      "Parse statement files (.txt .md .yaml .yml .json) and print what briefing read: every field, " +
        "each paragraph with its role, stats (words, characters, speaking time, languages) and warnings. " +
        "Files that cannot be read are reported on stderr as file:line:col: problem — hint; the others are " +
        "still printed, and the exit code is 1.",
    )
    .argument("<file...>", "statement files to inspect")
    .addOption(
      new Option(
        "-f, --format <format>",
        "output format: yaml (one document per file) or json (an array of reports)",
      )
        .choices(["yaml", "json"])
        .default("yaml"),
    )
    .option(
      "--wpm <words>",
      "speaking rate for English (and other non-Japanese) text, words a minute",
      positive,
      130,
    )
    .option("--cpm <chars>", "speaking rate for Japanese text, characters a minute", positive, 300)
    .option(
      "--explain",
      "show for each field the line (file:line) it came from and the rule that took it, and why each dropped line was dropped",
    )
    // Subcommands do not inherit the root's exitOverride when registered before it: without this,
    // commander would exit(1) on a usage mistake here instead of letting bin.ts exit with 2.
    .exitOverride()
    .action(async (files: string[], options: InspectOptions) => {
      // Loaded here, not with the program: see docs/architecture.md, "Two entry points".
      const { analyzeStatement, BriefingError, readStatementFile, toYamlText } = await import(
        "@briefing/core"
      );
      const reports: InspectReport[] = [];
      let failed = 0;
      for (const file of files) {
        try {
          const { statement, warnings, explanation } = readStatementFile(file);
          const stats = analyzeStatement(statement, {
            englishWordsPerMinute: options.wpm,
            japaneseCharsPerMinute: options.cpm,
          });
          const report: InspectReport = { file, statement, stats, warnings };
          if (options.explain) report.explain = explain(file, explanation);
          reports.push(report);
        } catch (error) {
          failed++;
          const message =
            error instanceof BriefingError
              ? error.message
              : `${file}:1:1: internal error: ${error instanceof Error ? error.message : String(error)} — please report this`;
          process.stderr.write(`${message}\n`);
        }
      }
      if (options.format === "json") process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
      else process.stdout.write(reports.map((report) => toYamlText(report)).join("---\n"));
      if (failed > 0) {
        throw new CliError(
          `${failed} of ${files.length} file${files.length > 1 ? "s" : ""} could not be read`,
          EXIT_INPUT,
        );
      }
    });
}

/** One line a field: `file:line — rule — “source text”`; YAML and JSON models name no rules. */
function explain(file: string, explanation: Explanation | undefined): NonNullable<InspectReport["explain"]> {
  const fields: Record<string, string> = {};
  for (const origin of explanation?.fields ?? []) {
    fields[origin.field] = `${file}:${origin.line} — ${origin.rule} — “${origin.text}”`;
  }
  const dropped = (explanation?.dropped ?? []).map(
    (line) => `${file}:${line.line} — ${line.reason} — “${line.text}”`,
  );
  if (!explanation) fields["*"] = `${file} — every field as written in the file (a YAML, JSON or Word model)`;
  return { fields, dropped };
}

function positive(value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw new InvalidArgumentError("expected a positive number");
  return number;
}
