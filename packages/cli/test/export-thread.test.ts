import { BriefingError } from "@briefing/core/light";
import { describe, expect, it } from "vitest";
import { CliError, EXIT_INPUT, EXIT_USAGE } from "../src/cli-error.js";
import { describeThreadError, rebuiltError } from "../src/export/export-thread.js";
import { describeFsError } from "../src/io/path-errors.js";

// What the export thread throws crosses to the main thread as data; bin.ts must report the
// rebuilt error exactly as it reported the original when the export ran on the main thread.
describe("errors thrown on the export thread", () => {
  it("keeps a CliError's message and exit code, and reports a BriefingError as bad input", () => {
    const usage = rebuiltError(describeThreadError(new CliError("--to expects …", EXIT_USAGE)));
    expect(usage).toBeInstanceOf(CliError);
    expect(usage).toMatchObject({ message: "--to expects …", exitCode: EXIT_USAGE });
    const original = new BriefingError({ file: "a.txt", line: 3, column: 1 }, "bad front matter");
    const input = rebuiltError(describeThreadError(original));
    expect(input).toBeInstanceOf(CliError);
    expect(input).toMatchObject({ message: original.message, exitCode: EXIT_INPUT });
  });

  it("keeps a file-system error's path and code, so it is still described as the machine's state", () => {
    const original = Object.assign(new Error("ENOSPC: no space left on device, write"), {
      code: "ENOSPC",
      path: "/out/manifest.json",
      syscall: "write",
    });
    const copy = rebuiltError(describeThreadError(original));
    expect(copy).not.toBeInstanceOf(CliError);
    expect(copy).toMatchObject({ code: "ENOSPC", path: "/out/manifest.json", syscall: "write" });
    expect(describeFsError(copy, "/out/manifest.json")).toBe(describeFsError(original, "/out/manifest.json"));
  });

  it("keeps a bug's stack, which is what the report of an internal error prints", () => {
    const bug = new TypeError("cannot read properties of undefined");
    const copy = rebuiltError(describeThreadError(bug));
    expect(copy.stack).toBe(bug.stack);
    expect(copy.message).toBe(bug.message);
  });
});
