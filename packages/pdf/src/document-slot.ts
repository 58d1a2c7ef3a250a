// PDF rendering: DocumentSlot, a map kept for one document on one of the document's own objects.

/**
 * A map per object of one document (its PDFDocument, an EmbeddedFont), kept on that object
 * under a symbol rather than in a module-level WeakMap keyed by it, so it dies with the document.
 *
 * V8's young-generation collector keeps every WeakMap value alive whatever its key's state, and
 * drops an entry only when it finds the key dead. A value that reaches back to its key (a font's
 * `document`) keeps the entry alive through every minor collection, and a key that has reached
 * the old generation (a render outlives two minor collections) keeps it until the next full one.
 * The document's fonts, encoded words and text pieces were then promoted instead of dying young:
 * in one render thread with the pool's limits, 3,000 statements promoted 892 MB and took 50 full
 * collections; with these slots 166 MB and 15 (`--trace-gc-nvp`; docs/pdf.md, "A document's
 * state lives on the document").
 */
export class DocumentSlot<Owner extends object, K, V> {
  readonly #key: symbol;

  constructor(description: string) {
    this.#key = Symbol(description);
  }

  /** The map kept on `owner`, made empty on first use. */
  of(owner: Owner): Map<K, V> {
    const holder = owner as Record<symbol, Map<K, V> | undefined>;
    let map = holder[this.#key];
    if (map === undefined) {
      map = new Map();
      holder[this.#key] = map;
    }
    return map;
  }
}
