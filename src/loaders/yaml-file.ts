import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node, type Pair } from 'yaml';
import type { Source, TextRange } from '../model/types.js';
import { parsePointer } from '../model/pointer.js';
import { InputError } from './errors.js';
import { prepareText, type KeywordMappings, type PreparedText } from './keywords.js';
import { LineIndex } from './text-index.js';
import { narrowTo, rangeOf, writtenAsKeyword, type FoundValue } from './range-of.js';
import { walkValues, type WalkResult } from './walk.js';

export interface ParsedFile {
  readonly data: unknown;
  readonly source: Source;
  readonly walk: WalkResult;
}

export interface YamlLimits {
  /** How many alias expansions a document may make; guards against "billion laughs". */
  readonly maxAliasCount: number;
}

export const DEFAULT_YAML_LIMITS: YamlLimits = { maxAliasCount: 1000 };

export function parseYamlFile(
  file: string,
  original: string,
  mappings: KeywordMappings,
  limits: YamlLimits = DEFAULT_YAML_LIMITS,
): ParsedFile {
  const prepared = prepareText(original, mappings, 'yaml');
  const lines = new LineIndex(original);
  const fail = (message: string, offset: number): InputError => {
    const { line, column } = lines.position(prepared.toOriginal(offset));
    return new InputError(message, file, line, column);
  };
  const doc = parseDocument(prepared.text, { uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
  const first = doc.errors[0];
  if (first) throw fail(yamlMessage(first.message, first.code), first.pos[0]);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch (error) {
    throw new InputError(
      `too many YAML alias expansions (limit ${limits.maxAliasCount}, raise it with --max-aliases): ${(error as Error).message}`,
      file,
      1,
      1,
    );
  }
  const walk = walkValues(data, file, (pointer) => locateYaml(doc, pointer, prepared, lines));
  const source: Source = { file, locate: (pointer, needle) => narrowTo(locateYaml(doc, pointer, prepared, lines), needle, lines) };
  if (prepared.text !== original) walk.secrets = walk.secrets.filter((hit) => !writtenAsKeyword(source.locate!(hit.pointer), lines));
  return { data, source, walk };
}

function yamlMessage(message: string, code: string): string {
  const firstLine = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  // The parser recurses per nesting level; running out of stack means the document nests too deep.
  if (firstLine.includes('Maximum call stack size exceeded')) return 'invalid YAML: nested too deeply for the YAML parser';
  return code === 'DUPLICATE_KEY' ? `duplicate key: ${firstLine}` : `invalid YAML: ${firstLine}`;
}

/** Finds the node at `pointer`; when a segment is missing, the closest existing parent stands in for it. */
function locateYaml(doc: Document, pointer: string, prepared: PreparedText, lines: LineIndex): TextRange | undefined {
  let node: Node | null | undefined = doc.contents;
  let pair: Pair | undefined;
  for (const segment of parsePointer(pointer)) {
    node = resolve(doc, node);
    let next: { node: Node | null | undefined; pair?: Pair } | undefined;
    if (isMap(node)) {
      const found = node.items.find((item) => isScalar(item.key) && String(item.key.value) === segment);
      if (found) next = { node: found.value as Node | null, pair: found };
    } else if (isSeq(node) && /^\d+$/.test(segment)) {
      const item = node.items[Number(segment)];
      if (item !== undefined) next = { node: item as Node };
    }
    if (!next) break;
    node = next.node;
    pair = next.pair;
  }
  const found = foundValue(node, pair);
  return found && rangeOf(found, prepared, lines);
}

function resolve(doc: Document, node: Node | null | undefined): Node | null | undefined {
  return isAlias(node) ? (node.resolve(doc) as Node | undefined) : node;
}

function foundValue(node: Node | null | undefined, pair: Pair | undefined): FoundValue | undefined {
  const keyStart = pair && isPair(pair) && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
  const own = node?.range;
  if (own) return { start: own[0], end: own[1], keyStart, scalar: isScalar(node) };
  if (keyStart !== undefined && isScalar(pair?.key)) return { start: keyStart, end: pair.key.range![1], scalar: true };
  return undefined;
}
