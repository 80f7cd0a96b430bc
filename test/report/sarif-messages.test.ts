import { describe, expect, it } from 'vitest';
import { fill } from '../../src/engine/run-rules.js';
import { messageArguments, sarifTemplate } from '../../src/report/sarif-messages.js';

describe('SARIF message strings from rule messages', () => {
  const template = 'API "{{name}}" sets {policy: {{ policy }}}; fix "{{name}}".';

  it('numbers placeholders by first appearance and doubles literal braces', () => {
    expect(sarifTemplate(template).messageString).toBe('API "{0}" sets {{policy: {1}}}; fix "{0}".');
    expect(sarifTemplate('No placeholder.').messageString).toBe('No placeholder.');
  });

  it('reads the arguments off a filled-in message, one per name', () => {
    const message = fill(template, { name: 'Orders', policy: 'allow_all' });
    expect(messageArguments(sarifTemplate(template), message)).toEqual(['Orders', 'allow_all']);
    expect(messageArguments(sarifTemplate('No placeholder.'), 'No placeholder.')).toEqual([]);
  });

  it('gives none for a message that is not the template filled in, or a name that stands for two different values', () => {
    const compiled = sarifTemplate(template);
    expect(messageArguments(compiled, 'Something else.')).toBeUndefined();
    expect(messageArguments(sarifTemplate('No placeholder.'), 'No placeholder!')).toBeUndefined();
    expect(messageArguments(compiled, 'API "Orders" sets {policy: allow_all}; fix "Ledger".')).toBeUndefined();
    // A mapped value concealed across the template's own words leaves a text the template does not make.
    expect(messageArguments(compiled, '##SECRET## "Orders" sets {policy: allow_all}; fix "Orders".')).toBeUndefined();
  });

  it('splits at the first occurrence when a value holds the words after it, and the arguments still rebuild the message', () => {
    const compiled = sarifTemplate('{{a}} and {{b}}.');
    const message = fill('{{a}} and {{b}}.', { a: 'x', b: 'y and z' });
    expect(messageArguments(compiled, message)).toEqual(['x', 'y and z']);
    const tricky = fill('{{a}} and {{b}}.', { a: 'x and y', b: 'z' });
    const args = messageArguments(compiled, tricky)!;
    expect(`${args[0]} and ${args[1]}.`).toBe(tricky);
  });
});
