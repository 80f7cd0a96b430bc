import type { Formatter } from './formatter.js';
import { formatJson } from './json.js';
import { formatStylish } from './stylish.js';

export const FORMATS = {
  stylish: formatStylish,
  json: formatJson,
} satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATS;
