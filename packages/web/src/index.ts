// @briefing/web's public API: where the page's files are, for `briefing serve` to serve them.
// Snapshotted in tests/exports/web.yaml.
export { type WebAssets, type WebMount, webAssets } from "./web-assets.js";
