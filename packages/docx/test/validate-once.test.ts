import { BriefingError, type Document, isValidatedDocument, validateDocument } from "@briefing/core";
import { describe, expect, it } from "vitest";
import { everyBlockDocument } from "../../../tests/support/sample-document.js";
import { renderDocx } from "../src/index.js";

describe("Document validation", () => {
  it("is done once: a validated Document is passed through, marked", () => {
    const document = everyBlockDocument();
    expect(isValidatedDocument(document)).toBe(false);
    expect(validateDocument(document, "sample.yaml")).toBe(document);
    expect(isValidatedDocument(document)).toBe(true);
  });

  it("throws a BriefingError with the bad field's path, never a ZodError", async () => {
    const bad = {
      ...everyBlockDocument(),
      blocks: [{ kind: "paragraph", style: 3, inlines: [] }],
    } as unknown as Document;
    expect(() => validateDocument(bad, "bad.json")).toThrow(/bad\.json: not a valid Document: blocks\[0\]/);
    const error = await renderDocx(bad, { file: "bad.json" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BriefingError);
    expect((error as Error).name).not.toBe("ZodError");
    expect((error as BriefingError).file).toBe("bad.json");
  });
});
