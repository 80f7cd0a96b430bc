import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Node, type Pair } from 'yaml';
import type { Source, TextRange } from '../model/types.js';
import { parsePointer } from '../model/pointer.js';
import { InputError } from '../shared/errors.js';
import { isRecord } from '../shared/values.js';
import { prepareText, restoreMarkers, type KeywordMappings } from './keywords.js';
import { LineIndex } from './text-index.js';
import { narrowTo, rangeOf, writtenAsKeyword, type FoundValue } from './range-of.js';
import { walkValues, type WalkResult } from './walk.js';
import { blockLocator, YAML_OPTIONS } from './yaml-locator.js';
import { loadValues } from './yaml-values.js';
import { yamlProblem } from './yaml-errors.js';

export interface ParsedFile {
  readonly data: unknown;
  readonly source: Source;
  readonly walk: WalkResult;
}

export interface YamlLimits {
  /** How many alias expansions a document may make; guards against "billion laughs". */
  readonly maxAliasCount: number;
  /** How long the text may be after keyword replacement (the file size limit). */
  readonly maxLength?: number;
}

export const DEFAULT_YAML_LIMITS: YamlLimits = { maxAliasCount: 1000 };

export function parseYamlFile(file: string, original: string, mappings: KeywordMappings, limits: YamlLimits = DEFAULT_YAML_LIMITS): ParsedFile {
  const prepared = prepareText(original, mappings, 'yaml', { maxLength: limits.maxLength ?? Infinity, file });
  let lines: LineIndex | undefined;
  const lineIndex = (): LineIndex => (lines ??= new LineIndex(original));
  const fast = loadValues(prepared.text);
  let data: unknown;
  let find: (segments: readonly string[]) => FoundValue | undefined;
  if (fast) {
    // Values from the fast reading; positions only when asked for, from as little of the file as possible.
    data = fast.value;
    // The export's readers put file texts where the file names files (into copies of those sections: see
    // readYamlNamedFiles); the locator checks each part it parses against what this file itself says.
    const asRead = isRecord(data) ? { ...data } : data;
    let full: Document | undefined;
    // Placeholders keep every line break where the file has it, so the file's line index serves the locator too.
    const options = prepared.sameStructure ? { lines: lineIndex } : {};
    find = blockLocator(
      prepared.text,
      () => asRead,
      findInDocument,
      () => (full ??= parseDocument(prepared.text, YAML_OPTIONS)),
      options,
    );
  } else {
    const doc = parseFully(file, prepared.text, limits, (offset) => lineIndex().position(prepared.toOriginal(offset)));
    data = doc.data;
    find = (segments) => findInDocument(doc.doc, segments);
  }
  const range = (pointer: string): TextRange | undefined => {
    const found = find(parsePointer(pointer));
    return found && rangeOf(found, prepared, lineIndex());
  };
  // Without anchors nothing is shared: no value is visited twice, so none needs counting against a budget.
  const walk = walkValues(data, file, { locate: range, text: prepared.text, shared: !fast });
  const source: Source = { file, locate: (pointer, needle) => narrowTo(range(pointer), needle, lineIndex()) };
  if (prepared.text !== original) walk.secrets = walk.secrets.filter((hit) => !writtenAsKeyword(source.locate!(hit.pointer), lineIndex()));
  return { data, source, walk };
}

/** The `yaml` package's full, position-keeping parse: for what the fast reading leaves to it, and for errors. */
function parseFully(
  file: string,
  text: string,
  limits: YamlLimits,
  position: (offset: number) => { line: number; column: number },
): { doc: Document; data: unknown } {
  const doc = parseDocument(text, YAML_OPTIONS);
  const first = doc.errors[0];
  if (first) {
    // The parser recurses per nesting level; running out of stack means the document nests too deep.
    const { offset, message } = /Maximum call stack size exceeded/.test(first.message)
      ? { offset: first.pos[0], message: 'invalid YAML: nested too deeply for the YAML parser' }
      : yamlProblem(doc, text, first, (at) => position(at).line);
    const { line, column } = position(offset);
    throw new InputError(message, file, line, column);
  }
  const merge = mergeKeyAt(doc, text);
  if (merge !== undefined) {
    const { line, column } = position(merge);
    throw new InputError(MERGE_KEY_MESSAGE, file, line, column);
  }
  try {
    return { doc, data: doc.toJS({ maxAliasCount: limits.maxAliasCount }) };
  } catch (error) {
    throw new InputError(
      `too many YAML alias expansions (limit ${limits.maxAliasCount}, raise it with --max-aliases): ${(error as Error).message}`,
      file,
      1,
      1,
    );
  }
}

const MERGE_TAG = 'tag:yaml.org,2002:merge';
const MERGE_KEY_MESSAGE =
  'YAML merge key `<<`: deploy-cli merges the keys it carries into this mapping and deploys them, and a0lint will ' +
  'not check a different document than the one that deploys; write those keys out in the mapping itself';

/**
 * Where the first merge key (a plain `<<` key, or anything tagged `!!merge`) stands, if any. deploy-cli's YAML reader
 * (js-yaml's default schema) merges such keys into their mapping; YAML 1.2, which a0lint reads, has no merge keys and
 * would keep `<<` as an ordinary key, hiding what it carries. Refusing is simpler and safer than merging with
 * locations, and no real export writes one.
 */
function mergeKeyAt(doc: Document, text: string): number | undefined {
  if (!text.includes('<<') && !text.includes('merge')) return undefined;
  let at: number | undefined;
  visit(doc, {
    Pair(_key, pair) {
      const key = pair.key;
      if (isScalar(key) && ((key.value === '<<' && key.type === 'PLAIN' && !key.tag) || key.tag === MERGE_TAG)) {
        at = key.range?.[0] ?? 0;
        return visit.BREAK;
      }
      return undefined;
    },
    Node(_key, node) {
      if (node.tag !== MERGE_TAG) return undefined;
      at = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return at;
}

/** Finds the node at a path of keys and indexes; when a segment is missing, the closest existing parent stands in. */
export function findInDocument(doc: Document, segments: readonly string[]): FoundValue | undefined {
  let node: Node | null | undefined = doc.contents;
  let pair: Pair | undefined;
  for (const segment of segments) {
    node = resolve(doc, node);
    let next: { node: Node | null | undefined; pair?: Pair } | undefined;
    if (isMap(node)) {
      const found = node.items.find((item) => isScalar(item.key) && restoreMarkers(String(item.key.value)) === segment);
      if (found) next = { node: found.value as Node | null, pair: found };
    } else if (isSeq(node) && /^\d+$/.test(segment)) {
      const item = node.items[Number(segment)];
      if (item !== undefined) next = { node: item as Node };
    }
    if (!next) break;
    node = next.node;
    pair = next.pair;
  }
  return foundValue(node, pair);
}

function resolve(doc: Document, node: Node | null | undefined): Node | null | undefined {
  return isAlias(node) ? node.resolve(doc) : node;
}

function foundValue(node: Node | null | undefined, pair: Pair | undefined): FoundValue | undefined {
  const keyStart = pair && isPair(pair) && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
  const own = node?.range;
  if (own) return { start: own[0], end: own[1], keyStart, scalar: isScalar(node) };
  if (keyStart !== undefined && isScalar(pair?.key)) return { start: keyStart, end: pair.key.range![1], scalar: true };
  return undefined;
}
