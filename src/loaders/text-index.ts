import type { TextRange } from '../model/types.js';

/** Maps string offsets to 1-based line and column numbers. Columns count UTF-16 code units, as editors do. */
export class LineIndex {
  /** Where each line starts; a typed array, as a large file has millions of lines. */
  private readonly starts: Int32Array;
  private readonly count: number;

  constructor(readonly text: string) {
    let starts = new Int32Array(Math.min(1024, text.length + 1));
    let count = 1;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
      if (count === starts.length) {
        const grown = new Int32Array(starts.length * 2);
        grown.set(starts);
        starts = grown;
      }
      starts[count++] = i + 1;
    }
    this.starts = starts;
    this.count = count;
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
