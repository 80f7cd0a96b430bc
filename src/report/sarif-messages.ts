import { templateParts } from '../engine/run-rules.js';

/**
 * A rule message as SARIF's message strings hold it (SARIF 2.1.0 §3.11.5, §3.49.11): each `{{name}}` placeholder
 * becomes `{n}`, numbered by first appearance, and literal braces are doubled.
 */
export interface SarifTemplate {
  readonly messageString: string;
  /** The literal text around the placeholders: one more piece than there are placeholders. */
  readonly literals: readonly string[];
  /** The argument index of each placeholder, in order (a name used twice has one index). */
  readonly slots: readonly number[];
  readonly argumentCount: number;
}

const templates = new Map<string, SarifTemplate>();

export function sarifTemplate(template: string): SarifTemplate {
  let compiled = templates.get(template);
  if (compiled) return compiled;
  const parts = templateParts(template);
  const literals = [parts[0]!];
  const slots: number[] = [];
  const indexOf = new Map<string, number>();
  let messageString = escapeBraces(parts[0]!);
  for (let i = 1; i < parts.length; i += 3) {
    const name = parts[i + 1]!;
    if (!indexOf.has(name)) indexOf.set(name, indexOf.size);
    slots.push(indexOf.get(name)!);
    literals.push(parts[i + 2]!);
    messageString += `{${indexOf.get(name)!}}${escapeBraces(parts[i + 2]!)}`;
  }
  compiled = { messageString, literals, slots, argumentCount: indexOf.size };
  templates.set(template, compiled);
  return compiled;
}

/**
 * The arguments that turn the template's message string back into `message` exactly, read off the message itself:
 * each is a piece of the message text (so an argument never holds more than the text shows, concealed values stay
 * concealed). Undefined when the message is not the template filled in (a placeholder left unfilled, a value
 * concealed across the template's own words) or a name used twice stands for two different pieces. When a value
 * holds the literal text that follows its placeholder the split is at the first occurrence; the arguments still
 * rebuild the same message.
 */
export function messageArguments(template: SarifTemplate, message: string): string[] | undefined {
  const { literals, slots } = template;
  const first = literals[0]!;
  const last = literals.at(-1)!;
  if (slots.length === 0) return message === first ? [] : undefined;
  const end = message.length - last.length;
  if (!message.startsWith(first) || !message.endsWith(last) || end < first.length) return undefined;
  const values: Array<string | undefined> = new Array<string | undefined>(template.argumentCount);
  let at = first.length;
  for (let i = 0; i < slots.length; i++) {
    const following = literals[i + 1]!;
    const stop = i === slots.length - 1 ? end : message.indexOf(following, at);
    if (stop < 0 || stop + (i === slots.length - 1 ? 0 : following.length) > end) return undefined;
    const value = message.slice(at, stop);
    const slot = slots[i]!;
    if (values[slot] !== undefined && values[slot] !== value) return undefined;
    values[slot] = value;
    at = stop + following.length;
  }
  return values as string[];
}

function escapeBraces(text: string): string {
  return text.replace(/[{}]/g, (brace) => brace + brace);
}
