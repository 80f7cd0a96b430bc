import type { Source, TextRange } from '../model/types.js';
import { prepareText, type KeywordMappings } from './keywords.js';
import { LineIndex } from './text-index.js';
import { walkValues } from './walk.js';
import type { ParsedFile } from './yaml-file.js';

/**
 * A file deploy-cli reads as text into a value of the export (action code, database scripts, rule and hook
 * scripts, page and email HTML), with keyword markers replaced as deploy-cli does. The data is the text itself;
 * the source locates places inside the file: pointer `''` is the file, and a `needle` (a marker, a literal) is
 * found where it first stands in the file.
 */
export function parseTextFile(file: string, original: string, mappings: KeywordMappings, maxLength: number): ParsedFile {
  const prepared = prepareText(original, mappings, 'text', { maxLength, file });
  let lines: LineIndex | undefined;
  const lineIndex = (): LineIndex => (lines ??= new LineIndex(original));
  const source: Source = { file, locate: (_pointer, needle) => locateInText(lineIndex(), needle) };
  const walk = walkValues(prepared.text, file, { text: prepared.text, shared: false });
  // A private key that a mapping put there is not in the file.
  if (prepared.text !== original && !original.includes('PRIVATE KEY')) walk.secrets = walk.secrets.filter((hit) => hit.field !== 'private key');
  return { data: prepared.text, source, walk };
}

function locateInText(lines: LineIndex, needle: string | undefined): TextRange {
  const at = needle ? lines.text.indexOf(needle) : -1;
  if (at !== -1) return lines.range(at, at + needle!.length);
  // The whole file: reported by its first line, as multi-line values are.
  return lines.range(0, lines.lineEnd(0));
}
