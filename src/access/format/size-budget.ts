/** Collects text up to a UTF-8 size; past it, only counts what it leaves out, so the listed part stays a prefix. */
export class SizeBudget {
  private readonly parts: string[] = [];
  private bytes = 0;
  private listed = 0;
  private skipped = 0;
  /** Room kept for the truncation notice. */
  private static readonly RESERVE = 512;

  constructor(private readonly max: number) {}

  add(text: string, items = 0): boolean {
    const size = Buffer.byteLength(text);
    if (this.skipped > 0 || this.bytes + size > this.max - SizeBudget.RESERVE) {
      this.skipped += items;
      return false;
    }
    this.parts.push(text);
    this.bytes += size;
    this.listed += items;
    return true;
  }

  finish(noun: string, where: string): string {
    if (this.skipped > 0)
      this.parts.push(
        `\n**${this.listed} of ${this.listed + this.skipped} ${noun} listed; the rest are left out to stay under GitHub's summary size limit.** ${where}\n`,
      );
    return this.parts.join('');
  }
}
