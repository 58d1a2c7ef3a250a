export * from "./errors.js";
export * from "./statement/statement-schema.js";
export * from "./statement/stats-schema.js";
export * from "./document/document-schema.js";
export * from "./io/write-atomic.js";
