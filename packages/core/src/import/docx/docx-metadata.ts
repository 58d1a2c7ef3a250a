// Import stage (.docx): core and custom properties → Statement fields (title, briefing.*).
// zod checks the JSON-valued properties; an edited one that no longer parses is left out.

import { z } from "zod";
import { liftExtraFields } from "../../statement/extra-fields.js";
import {
  ExtraValueSchema,
  parseTimeLimit,
  type Statement,
  StatementSlotSchema,
} from "../../statement/statement-schema.js";
import type { DocxParts } from "./docx-package.js";
import { descendants, elements, textOf } from "./docx-xml.js";

/** Core properties (title, subject, creator, …) and custom properties of a Word file. */
export interface DocxProperties {
  core: Record<string, string>;
  custom: Record<string, string>;
}

export function readDocxProperties(parts: DocxParts): DocxProperties {
  const core: Record<string, string> = {};
  for (const root of parts.core) {
    for (const element of elements(root)) {
      const text = textOf(element).trim();
      // `dc:title` → `title`, `cp:keywords` → `keywords`
      if (text.length > 0) core[element.name.replace(/^.*:/, "")] = text;
    }
  }
  const custom: Record<string, string> = {};
  for (const property of descendants(parts.custom, "property")) {
    const name = property.attribs.name;
    if (name !== undefined) custom[name] = textOf(property);
  }
  return { core, custom };
}

const ExtraSchema = z.record(z.string(), ExtraValueSchema);

/** A property briefing wrote as JSON; an edited property that no longer parses is left out. */
function jsonProperty<T>(text: string | undefined, accept: (value: unknown) => T | undefined): T | undefined {
  if (text === undefined) return undefined;
  try {
    return accept(JSON.parse(text));
  } catch {
    return undefined;
  }
}

/** True when the file carries the custom properties briefing writes. */
export const isBriefingFile = (properties: DocxProperties): boolean =>
  Object.keys(properties.custom).some((name) => name.startsWith("briefing."));

/**
 * The Statement fields a briefing-made file records: title and meeting (subject) in core
 * properties, everything else in `briefing.*` custom properties. The creator is now the speaker;
 * older files carry the delegation only there, so it is read from the creator when
 * `briefing.delegation` is missing and the creator is not the speaker.
 */
export function statementFields(properties: DocxProperties): Omit<Statement, "body"> {
  const { core } = properties;
  const custom = (name: string): string | undefined => {
    const value = properties.custom[`briefing.${name}`];
    return value === undefined || value.length === 0 ? undefined : value;
  };
  const titleJa = custom("titleJa");
  // The title property holds the Japanese title when the statement has no other.
  const language = custom("language");
  const title =
    core.title !== undefined && (core.title !== titleJa || language === "ja") ? core.title : undefined;
  const start = custom("date.start");
  const end = custom("date.end");
  const file = custom("source.file");
  const url = custom("source.url");
  const fields: Omit<Statement, "body"> = {
    title,
    titleJa,
    meeting: core.subject,
    venue: custom("venue"),
    date:
      start === undefined
        ? undefined
        : { start, ...(end === undefined ? {} : { end }), text: custom("date.text") ?? start },
    speaker: custom("speaker"),
    delegation: custom("delegation") ?? (core.creator !== custom("speaker") ? core.creator : undefined),
    delivery: custom("delivery"),
    cosignatories: jsonProperty(custom("cosignatories"), (value) =>
      Array.isArray(value) && value.every((item) => typeof item === "string") ? value : undefined,
    ),
    classification: custom("classification"),
    agendaItem: custom("agendaItem"),
    slot: jsonProperty(custom("slot"), (value) => {
      const parsed = StatementSlotSchema.safeParse(value);
      return parsed.success ? parsed.data : undefined;
    }),
    timeLimit: ((value) =>
      typeof value === "number" && Number.isInteger(value) && value > 0 ? value : undefined)(
      parseTimeLimit(custom("timeLimit")),
    ),
    status: custom("status"),
    version: custom("version"),
    extra: jsonProperty(custom("extra"), (value) => {
      const parsed = ExtraSchema.safeParse(value);
      return parsed.success ? parsed.data : undefined;
    }),
    language,
    source: file === undefined ? undefined : { file, ...(url === undefined ? {} : { url }) },
  };
  // A file made before issue 12 keeps a marking only under briefing.extra.
  return liftExtraFields(
    Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)),
  );
}
