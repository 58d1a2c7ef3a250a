// The OpenAPI 3.1 document of the API (GET /api/openapi.json): every route with its query
// parameters, bodies and replies; also the route table the 405 answers are decided from.

import { version } from "../version.js";
import { ACCEPTED } from "./request-bodies.js";
import { componentSchemas } from "./schemas.js";

type Json = Record<string, unknown>;

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });

const errorReply = (description: string): Json => ({
  description,
  content: { "application/json": { schema: ref("ErrorReply") } },
});

const query = (name: string, description: string, schema: Json): Json => ({
  name,
  in: "query",
  required: false,
  description,
  schema,
});

const flag = (name: string, description: string) =>
  query(name, description, { type: "boolean", default: false });

const template = (fallback: string) =>
  query("template", "a template name from GET /api/templates (never a path)", {
    type: "string",
    default: fallback,
  });

const nameParam = query(
  "name",
  "for a raw body: the file's name; only its base name is used, its extension picks the importer",
  { type: "string" },
);

/** The bodies a statement may come in (see docs/serve.md). */
function statementBodies(options: { many: boolean; zip: boolean }): Json {
  const raw = { schema: { type: "string", format: "binary" } };
  const json = options.many
    ? { schema: { oneOf: [ref("Statement"), { type: "array", items: ref("Statement") }] } }
    : { schema: ref("Statement") };
  return {
    required: true,
    description: `a statement file (${ACCEPTED}) as the body, multipart/form-data file parts, or the Statement model as JSON`,
    content: {
      "multipart/form-data": {
        schema: {
          type: "object",
          properties: { file: { type: "array", items: { type: "string", format: "binary" } } },
        },
      },
      "application/json": json,
      ...(options.zip && { "application/zip": raw }),
      "text/plain": raw,
      "application/octet-stream": raw,
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document": raw,
    },
  };
}

const inputErrors = {
  "400": errorReply("a malformed request: bad query value, unknown template, broken body, no file"),
  "401": errorReply("the token is missing or wrong (only when the server has one)"),
  "413": errorReply("the body is larger than --max-body"),
  "415": errorReply(`a file briefing does not read (it reads ${ACCEPTED})`),
  "422": errorReply(
    "a statement briefing cannot read (with file, line and column), or a render over --time-limit",
  ),
  "503": {
    ...errorReply("the server is busy; retry after the Retry-After header's seconds"),
    headers: { "Retry-After": { schema: { type: "integer", minimum: 1 } } },
  },
};

const fileReply = (types: string[]): Json => ({
  description: "the rendered file, named in Content-Disposition as `briefing export` names it",
  headers: {
    "Content-Disposition": { schema: { type: "string" } },
    "X-Briefing-Pages": { description: "PDF page count", schema: { type: "integer" } },
    "X-Briefing-Warnings": { description: "number of warnings", schema: { type: "integer" } },
  },
  content: Object.fromEntries(types.map((type) => [type, { schema: { type: "string", format: "binary" } }])),
});

const pdfa = flag("pdfa", "PDF: write PDF/A-2");
const embedFonts = flag("embedFonts", "Word: embed the fonts, subset");

const paths: Record<string, Record<string, Json>> = {
  "/healthz": {
    get: {
      summary: "Liveness and load: workers, tasks running and waiting",
      security: [],
      responses: {
        "200": {
          description: "the server is up",
          content: { "application/json": { schema: ref("Health") } },
        },
      },
    },
  },
  "/api/openapi.json": {
    get: {
      summary: "This document",
      security: [],
      responses: {
        "200": {
          description: "OpenAPI 3.1",
          content: { "application/json": { schema: { type: "object" } } },
        },
      },
    },
  },
  "/api/templates": {
    get: {
      summary: "The templates a request may name",
      responses: {
        "200": {
          description: "built-ins, then --templates",
          content: { "application/json": { schema: ref("TemplatesReply") } },
        },
        "401": inputErrors["401"],
      },
    },
  },
  "/api/inspect": {
    post: {
      summary: "What briefing reads from each statement: fields, stats, warnings, each field's source line",
      parameters: [nameParam],
      requestBody: statementBodies({ many: true, zip: false }),
      responses: {
        "200": {
          description: "a report per input, in body order; an input that failed has its error instead",
          content: { "application/json": { schema: ref("InspectReply") } },
        },
        ...inputErrors,
      },
    },
  },
  "/api/render": {
    post: {
      summary: "One statement → PDF, Word or YAML",
      parameters: [
        query("to", "the format", { enum: ["pdf", "docx", "yaml"], default: "pdf" }),
        template("briefing"),
        pdfa,
        embedFonts,
        nameParam,
      ],
      requestBody: statementBodies({ many: false, zip: false }),
      responses: {
        "200": fileReply([
          "application/pdf",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "application/yaml",
        ]),
        ...inputErrors,
      },
    },
  },
  "/api/book": {
    post: {
      summary: "Several statements → one book (cover, contents, a section each)",
      parameters: [
        query("to", "the format", { enum: ["pdf", "docx"], default: "pdf" }),
        template("book"),
        query("order", "date (oldest first) or given (body order)", {
          enum: ["date", "given"],
          default: "date",
        }),
        pdfa,
        embedFonts,
        nameParam,
      ],
      requestBody: statementBodies({ many: true, zip: false }),
      responses: {
        "200": fileReply([
          "application/pdf",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ]),
        ...inputErrors,
      },
    },
  },
  "/api/export": {
    post: {
      summary: "Many statements → a zip of PDF and Word files plus manifest.json",
      parameters: [
        query("to", "comma-separated formats", {
          type: "string",
          default: "pdf,docx",
          examples: ["pdf", "pdf,docx"],
        }),
        template("briefing"),
        pdfa,
        embedFonts,
        nameParam,
      ],
      requestBody: statementBodies({ many: true, zip: true }),
      responses: {
        "200": {
          description:
            "the zip (deterministic for the same request); with Accept: application/x-ndjson, progress lines then the zip in base64",
          content: {
            "application/zip": { schema: { type: "string", format: "binary" } },
            "application/x-ndjson": { schema: ref("ExportLine") },
          },
        },
        ...inputErrors,
      },
    },
  },
};

/** Each path and the methods it answers (HEAD with GET): what 405 is decided from. */
export function routeMethods(): Map<string, string[]> {
  return new Map(
    Object.entries(paths).map(([path, operations]) => {
      const methods = Object.keys(operations).map((method) => method.toUpperCase());
      return [path, methods.includes("GET") ? [...methods, "HEAD"] : methods];
    }),
  );
}

/** The whole document; `withToken` adds the bearer security scheme. */
export function openApiDocument(options: { withToken: boolean }): Json {
  return {
    openapi: "3.1.0",
    info: {
      title: "briefing",
      version,
      description: "Statements in, briefing PDFs and Word documents out. See docs/serve.md.",
    },
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    paths,
    components: {
      schemas: componentSchemas(),
      securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
    },
    ...(options.withToken && { security: [{ bearer: [] }] }),
  };
}
