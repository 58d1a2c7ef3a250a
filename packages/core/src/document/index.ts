export { collapseWhitespace, plainText } from "./collapse-whitespace.js";
export { allowedHref, linkSchemes, refusedLinkMessage } from "./links.js";
export { type MarkupToDocumentOptions, markupTags, markupToDocument } from "./markup-to-document.js";
export {
  type BookTemplateInput,
  type RenderDocumentOptions,
  type RenderedDocument,
  renderBookDocument,
  renderDocument,
  type StatementTemplateInput,
  statementProperties,
} from "./statement-to-document.js";
export {
  isValidatedDocument,
  type ValidateDocumentOptions,
  validateDocument,
} from "./validate-document.js";
