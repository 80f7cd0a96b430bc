import { isCollection, isScalar, visit, type Document, type YAMLError } from 'yaml';

/** A YAML syntax error said in words, at the place a person must fix (an offset in the parsed text). */
export interface YamlProblem {
  readonly offset: number;
  readonly message: string;
}

/**
 * The parser reports where it noticed a problem, in its own terms: an unclosed quote at the end of the file, a
 * mis-indented list item at the blank before it. This moves each to where it was made and says it plainly;
 * `lineOf` gives the line of an offset, for naming an earlier place.
 */
export function yamlProblem(doc: Document, text: string, error: YAMLError, lineOf: (offset: number) => number): YamlProblem {
  const firstLine = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  try {
    return explained(doc, text, error, firstLine, lineOf);
  } catch (failure) {
    // Looking for the place walks the document: one nested too deep for that keeps the parser's place and words.
    if (failure instanceof RangeError) return { offset: error.pos[0], message: `invalid YAML: ${firstLine}` };
    throw failure;
  }
}

function explained(doc: Document, text: string, error: YAMLError, firstLine: string, lineOf: (offset: number) => number): YamlProblem {
  const at = error.pos[0];
  if (/^Flow (sequence|map) in block collection/.test(firstLine)) return unclosedFlow(doc, text, at);
  if (/^Nested mappings are not allowed in compact mappings/.test(firstLine)) return overIndented(text, at);
  switch (error.code) {
    case 'DUPLICATE_KEY':
      return duplicateKey(doc, text, at, lineOf);
    case 'MISSING_CHAR':
      if (/closing ["']quote/.test(firstLine)) return unclosedQuote(doc, text, at);
      if (/^Missing ,/.test(firstLine))
        return { offset: at, message: `invalid YAML: items of a ${flowName(firstLine)} must be separated by commas (and keys from values by ": ")` };
      if (/^Implicit map keys need to be followed/.test(firstLine))
        return misindented(text, at, lineOf, 'a key without ":" after it, or a line indented differently from the lines around it');
      if (/^Sequence item without -/.test(firstLine)) return misindented(text, at, lineOf, 'a list item without "- " in front of it');
      break;
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'BAD_INDENT':
    case 'MULTILINE_IMPLICIT_KEY':
      return misindented(text, at, lineOf);
    case 'MULTIPLE_DOCS':
      return {
        offset: at,
        message: 'invalid YAML: a second document starts here (---); deploy-cli reads an export as one document, so remove the line or split the file',
      };
    case 'TAB_AS_INDENT':
      return { offset: at, message: 'invalid YAML: a tab indents this line; YAML indents with spaces only' };
    case 'BAD_DQ_ESCAPE':
      return {
        offset: at,
        message: `invalid YAML: ${firstLine.replace('Invalid escape sequence', 'a double-quoted value holds the unknown escape')}; write \\\\ for a backslash, or use single quotes`,
      };
    case 'BAD_SCALAR_START':
      return { offset: at, message: `invalid YAML: ${firstLine.replace('Plain value cannot start with', 'a value starting with')} must be quoted` };
    case 'TAG_RESOLVE_FAILED':
      return {
        offset: at,
        message: `invalid YAML: ${firstLine.replace('Unresolved tag:', 'unknown tag')}; deploy-cli exports use no tags: remove it, or quote the value`,
      };
    case 'UNEXPECTED_TOKEN':
    case 'BLOCK_IN_FLOW':
      if (/[Ff]low (sequence|map)|in flow/.test(firstLine)) return unclosedFlow(doc, text, at);
      break;
  }
  return { offset: at, message: `invalid YAML: ${firstLine}` };
}

function duplicateKey(doc: Document, text: string, at: number, lineOf: (offset: number) => number): YamlProblem {
  let found: { name: string; first: number } | undefined;
  visit(doc, {
    Map(_key, map) {
      const seen = new Map<unknown, number>();
      for (const pair of map.items) {
        const key = pair.key;
        if (!isScalar(key) || !key.range) continue;
        const first = seen.get(key.value);
        if (first !== undefined && key.range[0] === at) {
          found = { name: String(key.value), first };
          return visit.BREAK;
        }
        if (first === undefined) seen.set(key.value, key.range[0]);
      }
      return undefined;
    },
  });
  if (!found) return { offset: at, message: `duplicate key "${keyWrittenAt(text, at)}": a mapping may hold each key once; merge the two or remove one` };
  return {
    offset: at,
    message: `duplicate key "${found.name}": it is already written on line ${lineOf(found.first)}; a mapping may hold each key once, so merge the two or remove one`,
  };
}

function keyWrittenAt(text: string, at: number): string {
  return (
    /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^:\n]*?)[ \t]*:/
      .exec(text.slice(at, text.indexOf('\n', at) === -1 ? undefined : text.indexOf('\n', at)))?.[1]
      ?.replace(/^["']|["']$/g, '') ?? ''
  );
}

/** An unclosed quote runs to the end of the file; the place to fix is where it was opened. */
function unclosedQuote(doc: Document, text: string, at: number): YamlProblem {
  let opened: number | undefined;
  visit(doc, {
    Scalar(_key, scalar) {
      const range = scalar.range;
      if (!range || (scalar.type !== 'QUOTE_DOUBLE' && scalar.type !== 'QUOTE_SINGLE')) return;
      if (range[0] < at && range[1] >= at && (opened === undefined || range[0] > opened)) opened = range[0];
    },
  });
  const offset = opened ?? at;
  const quote = text[offset] === "'" ? "'" : '"';
  return { offset, message: `invalid YAML: the quoted value that starts here is never closed; add the closing ${quote} where the value ends` };
}

/** An unclosed [ or { swallows the rest of the file; the place to fix is the bracket that opened it. */
function unclosedFlow(doc: Document, text: string, at: number): YamlProblem {
  let opened: number | undefined;
  visit(doc, (_key, node) => {
    if (!isCollection(node) || !node.flow || !node.range) return;
    if (node.range[0] < at && node.range[1] >= at && (opened === undefined || node.range[0] > opened)) opened = node.range[0];
  });
  const offset = opened ?? at;
  const bracket = text[offset] === '{' ? ['{', '}'] : ['[', ']'];
  return {
    offset,
    message: `invalid YAML: the ${bracket[0]} that starts here is not closed with ${bracket[1]}, or a line inside it is indented less than the key it belongs to`,
  };
}

function flowName(message: string): string {
  return message.includes('flow map') ? '{ } mapping' : '[ ] list';
}

/**
 * A line indented unlike its neighbours. Marked at its first character (not at the blanks before it), and, for a
 * list item, compared with the item above it that it most likely belongs with.
 */
function misindented(text: string, at: number, lineOf: (offset: number) => number, what?: string): YamlProblem {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', lineStart) === -1 ? text.length : text.indexOf('\n', lineStart);
  const line = text.slice(lineStart, lineEnd);
  const indent = /^[ ]*/.exec(line)![0].length;
  const offset = at >= lineStart && at < lineStart + indent ? lineStart + indent : at;
  if (what) return { offset, message: `invalid YAML: ${what}` };
  if (line.slice(indent).startsWith('-')) {
    const above = itemAbove(text, lineStart);
    if (above && above.indent !== indent) {
      return {
        offset,
        message: `invalid YAML: this list item is indented ${spaces(indent)}, the item above it (line ${lineOf(above.offset)}) ${spaces(above.indent)}; items of one list start in the same column`,
      };
    }
    return { offset, message: 'invalid YAML: this list item is not lined up with the list it belongs to; items of one list start in the same column' };
  }
  return {
    offset,
    message:
      'invalid YAML: this line is indented unlike the lines around it; keys of one mapping start in the same column, and a value on its own lines is indented more than its key',
  };
}

/**
 * `name: A` followed by a line indented deeper than `name`: YAML reads that line as the rest of the value A, and
 * complains at A. The line to fix is the next one.
 */
function overIndented(text: string, at: number): YamlProblem {
  const next = text.indexOf('\n', at) + 1;
  const offset = next === 0 ? at : next + /^[ ]*/.exec(text.slice(next))![0].length;
  return {
    offset,
    message:
      "invalid YAML: this line is indented deeper than the key above it, so it reads as the rest of that key's value; line its key up with the other keys of its mapping",
  };
}

/** The nearest list item above the line starting at `lineStart`: where its line starts, and its indentation. */
function itemAbove(text: string, lineStart: number): { offset: number; indent: number } | undefined {
  for (let end = lineStart - 1; end > 0;) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const match = /^([ ]*)-(?: |$)/.exec(text.slice(start, end));
    if (match) return { offset: start, indent: match[1]!.length };
    end = start - 1;
  }
  return undefined;
}

function spaces(count: number): string {
  return `${count} space${count === 1 ? '' : 's'}`;
}
