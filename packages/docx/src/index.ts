// @briefing/docx's public API: a Document in, an editable .docx out. Snapshotted in
// tests/exports/docx.yaml; tests reach internals through src/.
export { type RenderDocxOptions, renderDocx } from "./render-docx.js";
