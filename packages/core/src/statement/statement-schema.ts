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
export type Note = z.infer<typeof NoteSchema>;
export type ExtraValue = z.infer<typeof ExtraValueSchema>;
export type Statement = z.infer<typeof StatementSchema>;
