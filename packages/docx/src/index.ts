export { blockConverters } from "./blocks/index.js";
export { type RenderDocxOptions, renderDocx } from "./render-docx.js";
export { wordStyleId, wordStyleName } from "./word-styles.js";
