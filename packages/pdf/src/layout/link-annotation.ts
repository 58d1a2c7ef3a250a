interface PdfkitInternals {
  page: { annotations: unknown[]; dictionary: unknown };
  getStructTreeRoot(): { data: { ParentTreeNextKey: number } };
  getStructParentTree(): { add(key: number, value: unknown): void };
}

interface ElementInternals {
  dictionary: { data: { K?: unknown[] | null }; end(...args: unknown[]): unknown };
}

/**
 * Adds a link annotation (made by `annotate`, given its extra entries) and ties it into the
 * structure tree as an object reference of the `Link` element `link`, so assistive technology
 * reaches the link from the text it covers. pdfkit has no API for this: the annotation gets a
 * `StructParent`, the parent tree maps that key to the element, and the element's `K` gains
 * an `OBJR` when pdfkit writes it.
 */
export function annotateLink(
  doc: PDFKit.PDFDocument,
  link: PDFKit.PDFStructureElement | undefined,
  description: string,
  annotate: (options: Record<string, unknown>) => void,
): void {
  const options: Record<string, unknown> = { Contents: new String(description) };
  if (link === undefined) {
    annotate(options);
    return;
  }
  const internals = doc as unknown as PdfkitInternals;
  const key = internals.getStructTreeRoot().data.ParentTreeNextKey++;
  annotate({ ...options, StructParent: key });
  const annotation = internals.page.annotations.at(-1);
  const page = internals.page.dictionary;
  const { dictionary } = link as unknown as ElementInternals;
  internals.getStructParentTree().add(key, dictionary);
  const end = dictionary.end.bind(dictionary);
  dictionary.end = (...args: unknown[]) => {
    dictionary.data.K = [...(dictionary.data.K ?? []), { Type: "OBJR", Obj: annotation, Pg: page }];
    return end(...args);
  };
}
