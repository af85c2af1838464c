import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';

export interface TextPosition {
  line: number;
  column: number;
}

export function positionOfOffset(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

export function pointerOf(path: ReadonlyArray<PropertyKey>): string {
  return path.map((key) => '/' + String(key).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/**
 * Finds where a JSON path lies in the original text, walking up to the nearest existing parent
 * when the path names a missing property, so an error can always point somewhere useful.
 */
export function makeLocator(text: string): (path: ReadonlyArray<PropertyKey>) => TextPosition | undefined {
  let tree: Node | undefined | null;
  return (path) => {
    if (tree === undefined) {
      try {
        tree = parseTree(text) ?? null;
      } catch {
        tree = null; // jsonc-parser recurses: very deep nesting overflows the stack; report without a place
      }
    }
    if (!tree) return undefined;
    const segments = path.map((key) => (typeof key === 'number' ? key : String(key)));
    for (let depth = segments.length; depth >= 0; depth--) {
      const node = findNodeAtLocation(tree, segments.slice(0, depth));
      if (node) {
        const target = node.parent?.type === 'property' && depth === segments.length ? node.parent : node;
        return positionOfOffset(text, target.offset);
      }
    }
    return undefined;
  };
}
