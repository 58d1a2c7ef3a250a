export { blockConverters } from "./blocks/index.js";
export { BAND_MAX_COLUMNS, truncateInlines } from "./one-line.js";
export { type RenderDocxOptions, renderDocx } from "./render-docx.js";
export { wordStyleId, wordStyleName } from "./word-styles.js";
