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
    language: z.string().optional(),
    source: StatementSourceSchema.optional(),
    body: z.array(StatementBlockSchema).min(1, "a statement needs at least one block of text"),
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
export type Statement = z.infer<typeof StatementSchema>;
