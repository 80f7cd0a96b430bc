/**
 * The output tags (`{{ value | filter }}`) of a Liquid template, as Auth0 renders its custom error page with
 * LiquidJS. Only outputs and the blocks whose content Liquid does not render (`raw`, `comment`) matter here, so this
 * reads just those, quotes included, instead of loading a template engine.
 */
export interface LiquidOutput {
  /** The tag as written, `{{` to `}}`. */
  readonly text: string;
  /** The value before the first filter, trimmed. */
  readonly value: string;
  /** Filter names in order. */
  readonly filters: readonly string[];
  readonly offset: number;
}

const SKIPPED_BLOCK = /\{%-?\s*(raw|comment)\s*-?%\}[\s\S]*?\{%-?\s*end\1\s*-?%\}/g;

export function liquidOutputs(template: string): LiquidOutput[] {
  // Blank out raw and comment blocks, keeping offsets.
  const text = template.replace(SKIPPED_BLOCK, (block) => ' '.repeat(block.length));
  const outputs: LiquidOutput[] = [];
  for (let start = text.indexOf('{{'); start !== -1; start = text.indexOf('{{', start + 2)) {
    const end = closing(text, start + 2);
    if (end === -1) break;
    const inner = text
      .slice(start + 2, end)
      .replace(/^-/, '')
      .replace(/-$/, '');
    const [value, ...filters] = splitFilters(inner);
    outputs.push({ text: template.slice(start, end + 2), value: value!.trim(), filters: filters.map((filter) => filter.split(':')[0]!.trim()), offset: start });
    start = end;
  }
  return outputs;
}

/** The index of the `}}` that closes an output, skipping quoted strings. */
function closing(text: string, from: number): number {
  let quote: string | undefined;
  for (let i = from; i < text.length - 1; i++) {
    const char = text[i]!;
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '}' && text[i + 1] === '}') return i;
  }
  return -1;
}

function splitFilters(inner: string): string[] {
  const parts: string[] = [];
  let quote: string | undefined;
  let current = '';
  for (const char of inner) {
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '|') {
      parts.push(current);
      current = '';
      continue;
    }
    current += char;
  }
  parts.push(current);
  return parts;
}
