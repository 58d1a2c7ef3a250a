// The API's shapes as zod schemas (errors, inspect reports, templates, health, export progress),
// registered with core's Statement and Stats schemas: the OpenAPI components are generated from them.

import { StatementSchema, StatsSchema } from "@briefing/core";
import { z } from "zod";

/** The body of every 4xx/5xx reply. */
export const ErrorBodySchema = z
  .object({
    message: z.string(),
    hint: z.string().optional(),
    file: z.string().optional().describe("the uploaded file's base name, never a path on the server"),
    line: z.number().int().min(1).optional(),
    column: z.number().int().min(1).optional(),
  })
  .strict();

export const ErrorReplySchema = z.object({ error: ErrorBodySchema }).strict();

export const WarningSchema = z.object({
  file: z.string(),
  line: z.number().int().min(0).optional(),
  column: z.number().int().min(0).optional(),
  message: z.string(),
});

const FieldOriginSchema = z.object({
  field: z.string(),
  line: z.number().int().min(1),
  rule: z.string(),
  text: z.string(),
});

const DroppedLineSchema = z.object({ line: z.number().int().min(1), reason: z.string(), text: z.string() });

export const ReportSchema = z.object({
  file: z.string(),
  statement: StatementSchema,
  stats: StatsSchema,
  warnings: z.array(WarningSchema),
  explain: z
    .object({ fields: z.array(FieldOriginSchema), dropped: z.array(DroppedLineSchema) })
    .nullable()
    .describe("where each field came from and why lines were dropped; null for YAML, JSON and Word sources"),
});

export const FailedReportSchema = z.object({ file: z.string(), error: ErrorBodySchema });

export const InspectReplySchema = z.object({ reports: z.array(z.union([ReportSchema, FailedReportSchema])) });

export const TemplateSchema = z
  .object({ name: z.string(), builtIn: z.boolean(), description: z.string() })
  .strict();

export const TemplatesReplySchema = z.object({ templates: z.array(TemplateSchema) });

export const HealthSchema = z.object({
  status: z.literal("ok"),
  version: z.string(),
  workers: z.number().int().min(1),
  queue: z.object({
    running: z.number().int().min(0),
    waiting: z.number().int().min(0),
    limit: z.number().int().min(0),
  }),
});

export const ExportLineSchema = z
  .discriminatedUnion("type", [
    z.object({
      type: z.literal("progress"),
      done: z.number().int().min(0),
      total: z.number().int().min(0),
      file: z.string(),
      ok: z.boolean(),
    }),
    z.object({
      type: z.literal("result"),
      filename: z.string(),
      zip: z.string().describe("the zip, base64"),
      failed: z.number().int().min(0),
    }),
    z.object({ type: z.literal("error"), error: ErrorBodySchema }),
  ])
  .describe("one line of the application/x-ndjson export reply");

export type ErrorBody = z.infer<typeof ErrorBodySchema>;

/**
 * Every named schema of the OpenAPI document's `components.schemas`, converted from the zod
 * schemas above and core's (`io: "input"`: what a client may send, e.g. a time limit as text),
 * each one referring to the others by `$ref`, so the document cannot drift from the model.
 */
export function componentSchemas(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  const named = {
    Statement: StatementSchema,
    Stats: StatsSchema,
    ErrorBody: ErrorBodySchema,
    ErrorReply: ErrorReplySchema,
    Warning: WarningSchema,
    Report: ReportSchema,
    FailedReport: FailedReportSchema,
    InspectReply: InspectReplySchema,
    Template: TemplateSchema,
    TemplatesReply: TemplatesReplySchema,
    Health: HealthSchema,
    ExportLine: ExportLineSchema,
  };
  for (const [id, schema] of Object.entries(named)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    io: "input",
    uri: (id) => `#/components/schemas/${id}`,
  });
  // Each component's own `$schema` and `$id` are noise inside OpenAPI 3.1, whose dialect is set once.
  return Object.fromEntries(
    Object.entries(schemas).map(([id, { $schema: _s, $id: _i, ...schema }]) => [id, schema]),
  );
}
