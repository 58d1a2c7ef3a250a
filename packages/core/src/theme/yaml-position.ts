import { isMap, isScalar, isSeq, type LineCounter, type Node, type Document as YamlDocument } from "yaml";

/**
 * 1-based line and column of the YAML node at `path` (or of its key when `atKey`);
 * where the path runs out, the deepest node that exists.
 */
export function yamlPosition(
  document: YamlDocument,
  lineCounter: LineCounter,
  path: readonly PropertyKey[],
  atKey = false,
): { line: number; column: number } {
  let node: unknown = document.contents;
  let offset = (document.contents as Node | null)?.range?.[0] ?? 0;
  for (const [index, segment] of path.entries()) {
    const last = index === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isScalar(item.key) && String(item.key.value) === String(segment),
      );
      if (!pair) break;
      const keyNode = pair.key as Node;
      if ((last && atKey) || pair.value === null) {
        offset = keyNode.range?.[0] ?? offset;
        node = pair.value;
        if (last && atKey) break;
        continue;
      }
      node = pair.value;
    } else if (isSeq(node) && typeof segment === "number") {
      node = node.items[segment];
    } else {
      break;
    }
    const range = (node as Node | undefined)?.range;
    if (range) offset = range[0];
  }
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}
