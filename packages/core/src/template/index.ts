export { copyTemplate } from "./copy-template.js";
export { formatDateEnglish, formatDateJapanese, formatDuration } from "./format-dates.js";
export { helperNames, runsToMarkup } from "./helpers.js";
export { loadTemplate, type Template } from "./load-template.js";
export { MarkupSourceMap, type TemplatePoint } from "./markup-source-map.js";
export {
  builtInTemplatesDir,
  findTemplateDir,
  listTemplates,
  type TemplateListing,
} from "./template-dirs.js";
