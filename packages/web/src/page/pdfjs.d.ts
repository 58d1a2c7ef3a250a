// The page loads pdf.js by its served URL, /vendor/pdfjs/pdf.min.mjs (no bundler); these are
// pdfjs-dist's own types for it. A pattern, because TypeScript matches no ambient module to a
// rooted path written out in full.
declare module "*/vendor/pdfjs/pdf.min.mjs" {
  export * from "pdfjs-dist";
}
