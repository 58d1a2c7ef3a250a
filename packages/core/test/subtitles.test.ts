import { describe, expect, it } from "vitest";
import { parseStatement } from "../src/import/parse-statement.js";
import { subtitleDrafts } from "../src/import/subtitles.js";

const paragraphs = (text: string) =>
  subtitleDrafts(text)?.map((draft) => draft.lines.map((line) => line.runs[0]?.text).join(" "));

describe("subtitleDrafts", () => {
  const srt = [
    "1",
    "00:00:01,000 --> 00:00:03,000",
    "Mr. President,",
    "",
    "2",
    "00:00:03,200 --> 00:00:06,000",
    "my country stands ready",
    "",
    "3",
    "00:00:06,100 --> 00:00:08,000",
    "to <i>work</i> with all of you.",
    "",
    "4",
    "00:00:10,000 --> 00:00:12,500",
    "Thank you.",
    "",
  ].join("\n");

  it("drops numbers and timecodes and runs a sentence on over its cues", () => {
    expect(paragraphs(srt)).toEqual([
      "Mr. President,",
      "my country stands ready to work with all of you.",
      "Thank you.",
    ]);
  });

  it("starts a paragraph only after a sentence's end and a pause", () => {
    // 0.1 s after "… all of you." instead of 2 s: one paragraph.
    const short = srt.replace("00:00:10,000 --> 00:00:12,500", "00:00:08,100 --> 00:00:09,500");
    expect(paragraphs(short)).toEqual([
      "Mr. President,",
      "my country stands ready to work with all of you. Thank you.",
    ]);
  });

  it("keeps each line's number in the file", () => {
    const lines = subtitleDrafts(srt)?.flatMap((draft) => draft.lines.map((line) => line.line));
    expect(lines).toEqual([3, 7, 11, 15]);
  });

  it("reads WebVTT with its header, NOTE blocks, cue names and settings", () => {
    const vtt = [
      "WEBVTT - speech",
      "",
      "NOTE captions by the ministry",
      "",
      "intro",
      "00:01.000 --> 00:03.000 align:start",
      "<v Minister>Madam President,",
      "",
      "00:03.500 --> 00:05.000",
      "we meet in hard times.",
      "",
      "00:07.000 --> 00:08.000",
      "Thank you.",
    ].join("\n");
    expect(paragraphs(vtt)).toEqual(["Madam President,", "we meet in hard times.", "Thank you."]);
  });

  it("leaves a statement that only quotes a timecode or an arrow to the text importer", () => {
    expect(
      subtitleDrafts("Statement\n\nThe clip (00:00:01,000 --> 00:00:03,000) shows it.\n"),
    ).toBeUndefined();
    expect(subtitleDrafts("Title\n\n1\n00:00:01,000 --> 00:00:02,000\nHello.\n")).toBeUndefined();
    expect(subtitleDrafts("A --> B\n\nC --> D\n")).toBeUndefined();
  });

  it("is how a .txt of subtitles is imported, with a warning that says so", () => {
    const result = parseStatement(srt, { filename: "captions.txt" });
    expect(
      result.statement.body.map((block) => (block.type === "paragraph" ? block.role : block.type)),
    ).toEqual(["salutation", "body", "closing"]);
    expect(result.warnings[0]?.message).toMatch(/subtitles/);
  });
});
