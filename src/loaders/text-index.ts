import type { TextRange } from '../model/types.js';

/** Maps string offsets to 1-based line and column numbers. Columns count UTF-16 code units, as editors do. */
export class LineIndex {
  /** Where each line starts; a typed array, as a large file has millions of lines. */
  private readonly starts: Int32Array;
  private readonly count: number;

  constructor(readonly text: string) {
    this.starts = lineStarts(text);
    this.count = this.starts.length;
  }

  /** How many lines the text has (a final line break starts an empty last line). */
  get lineCount(): number {
    return this.count;
  }

  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.count - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.starts[low]! + 1 };
  }

  offset(line: number, column: number): number {
    return (line >= 1 && line <= this.count ? this.starts[line - 1]! : this.text.length) + column - 1;
  }

  range(start: number, end: number): TextRange {
    const a = this.position(start);
    const b = this.position(Math.max(start, end));
    return { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column };
  }

  /** The end offset of the line holding `offset`, without its line break. */
  lineEnd(offset: number): number {
    const next = this.text.indexOf('\n', offset);
    const end = next === -1 ? this.text.length : next;
    return this.text[end - 1] === '\r' ? end - 1 : end;
  }
}

/**
 * Where each line starts, counted first so the array is made at its size. The loops are in functions of their own
 * that end in nothing but a return: a loop the engine compiles while it runs (on-stack replacement, in the first
 * large file) leaves the code after it without type feedback, and in the constructor that code, the field stores,
 * threw the compiled loop away again on every later file (thousands of times for a directory export's findings).
 */
function lineStarts(text: string): Int32Array {
  const starts = new Int32Array(lineCount(text));
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts[line++] = i + 1;
  return starts;
}

function lineCount(text: string): number {
  let count = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
