// The Statement model: a zod schema, the one source of truth; TypeScript types are inferred.
// Every importer produces it and every template reads it.

import { z } from "zod";

/** An ISO calendar date, `yyyy-mm-dd`. */
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected an ISO date yyyy-mm-dd");

export const MarkSchema = z.enum(["strong", "em", "sup", "sub"]);

/** A stretch of text with the same marks and language. */
export const RunSchema = z
  .object({
    text: z.string(),
    marks: z.array(MarkSchema).optional(),
    /** BCP 47 tag where the script says so, e.g. `ja`. */
    lang: z.string().optional(),
    /** This run is a note marker ("1" for "[1]" or "¹"): the id of the note in `notes` it points to. */
    note: z.string().optional(),
  })
  .strict();

export const HeadingBlockSchema = z
  .object({
    type: z.literal("heading"),
    level: z.number().int().min(1).max(3),
    runs: z.array(RunSchema),
  })
  .strict();

export const ListBlockSchema = z
  .object({
    type: z.literal("list"),
    ordered: z.boolean(),
    items: z.array(z.array(RunSchema)).min(1),
  })
  .strict();

export const ParagraphRoleSchema = z.enum(["salutation", "body", "closing"]);

export const ParagraphBlockSchema = z
  .object({
    type: z.literal("paragraph"),
    role: ParagraphRoleSchema,
    runs: z.array(RunSchema),
  })
  .strict();

export const StatementBlockSchema = z.discriminatedUnion("type", [
  HeadingBlockSchema,
  ListBlockSchema,
  ParagraphBlockSchema,
]);

export const StatementDateSchema = z
  .object({
    start: IsoDateSchema,
    end: IsoDateSchema.optional(),
    /** The wording the source used, e.g. "令和3年11月23日" or "(8 - 9 June 2017, Geneva)". */
    text: z.string(),
  })
  .strict();

/**
 * A note that is not spoken: a footnote the text points to (`id` matches a run's `note`), or a
 * block such as "Reference", "(Note)" or a vote tally (`label`, no `id`).
 */
export const NoteSchema = z
  .object({
    id: z.string().optional(),
    label: z.string().optional(),
    runs: z.array(RunSchema).min(1),
  })
  .strict();

/** Values a ministry's own front-matter fields (classification, agendaItem, …) may hold. */
export const ExtraValueSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.array(z.union([z.string(), z.number(), z.boolean()])),
]);

export const StatementSourceSchema = z
  .object({
    file: z.string(),
    url: z.string().optional(),
  })
  .strict();

/** A speaking slot: the day, the time and room, and the place in the speakers' list. */
export const StatementSlotSchema = z
  .object({
    date: IsoDateSchema.optional(),
    /** As the programme writes it, e.g. "10:00" or "afternoon meeting". */
    time: z.string().optional(),
    room: z.string().optional(),
    /** The place in the list of speakers (1 = first). */
    order: z.number().int().positive().optional(),
  })
  .strict();

/**
 * Seconds from a time limit written as text: "5 minutes", "3 min", "90 s", "1 min 30 s",
 * "5分", "4:30"; a number (or a text of digits only) is already seconds. Anything else is
 * returned unchanged, for the schema to reject with its own message.
 */
export function parseTimeLimit(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const text = value.normalize("NFKC").trim().toLowerCase();
  if (/^\d+$/.test(text)) return Number(text);
  const clock = /^(\d+):([0-5]\d)$/.exec(text);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  const unit = /(\d+(?:\.\d+)?)\s*(hours?|hrs?|h|時間|minutes?|mins?|m|分|seconds?|secs?|s|秒)(?![a-z])/g;
  let seconds = 0;
  let matched = false;
  const rest = text.replace(unit, (_, amount: string, name: string) => {
    seconds += Number(amount) * (/^(h|時)/.test(name) ? 3600 : /^(m|分)/.test(name) ? 60 : 1);
    matched = true;
    return " ";
  });
  if (!/^(?:[\s,]|and)*$/.test(rest)) return value;
  return matched ? Math.round(seconds) : value;
}

/** The one source of truth for what a statement is. */
export const StatementSchema = z
  .object({
    title: z.string().optional(),
    titleJa: z.string().optional(),
    meeting: z.string().optional(),
    venue: z.string().optional(),
    date: StatementDateSchema.optional(),
    speaker: z.string().optional(),
    delegation: z.string().optional(),
    /** A delivery marker the page carries: "Check against delivery", "As delivered", … — shown, never spoken. */
    delivery: z.string().optional(),
    /** Countries that joined a joint statement, as the text lists them; not spoken text. */
    cosignatories: z.array(z.string()).min(1).optional(),
    /** A security marking as written: "RESTRICTED", "取扱注意" — printed atop and below every page. */
    classification: z.string().min(1).optional(),
    /** The agenda item the statement is made under, as written: "Agenda item 66". */
    agendaItem: z.string().min(1).optional(),
    /** When and where the statement is to be delivered. */
    slot: StatementSlotSchema.optional(),
    /** The speaking time allowed, in seconds ("5 minutes" in a source is read as 300). */
    timeLimit: z
      .preprocess(
        parseTimeLimit,
        z.number({ error: 'expected seconds or a duration such as "5 minutes"' }).int().positive(),
      )
      .optional(),
    /** Where the text stands: "draft", "cleared" or a ministry's own wording. */
    status: z.union([z.enum(["draft", "cleared"]), z.string().min(1)]).optional(),
    /** The text's version as written: "v3", "Rev.2". */
    version: z.string().min(1).optional(),
    language: z.string().optional(),
    source: StatementSourceSchema.optional(),
    body: z.array(StatementBlockSchema).min(1, "a statement needs at least one block of text"),
    /** Footnotes and reference blocks: kept with the statement, never counted as spoken text. */
    notes: z.array(NoteSchema).min(1).optional(),
    /** Fields a source adds beyond the model (classification, agendaItem, …), for templates. */
    extra: z.record(z.string(), ExtraValueSchema).optional(),
  })
  .strict();

export type Mark = z.infer<typeof MarkSchema>;
export type Run = z.infer<typeof RunSchema>;
export type HeadingBlock = z.infer<typeof HeadingBlockSchema>;
export type ListBlock = z.infer<typeof ListBlockSchema>;
export type ParagraphRole = z.infer<typeof ParagraphRoleSchema>;
export type ParagraphBlock = z.infer<typeof ParagraphBlockSchema>;
export type StatementBlock = z.infer<typeof StatementBlockSchema>;
export type StatementDate = z.infer<typeof StatementDateSchema>;
export type StatementSource = z.infer<typeof StatementSourceSchema>;
export type StatementSlot = z.infer<typeof StatementSlotSchema>;
export type Note = z.infer<typeof NoteSchema>;
export type ExtraValue = z.infer<typeof ExtraValueSchema>;
export type Statement = z.infer<typeof StatementSchema>;
