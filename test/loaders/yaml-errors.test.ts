import { describe, expect, it } from 'vitest';
import { loadText } from '../../src/loaders/load-text.js';
import { InputError } from '../../src/shared/errors.js';

/** The one line a YAML export with a syntax error gives: `file:line:column: message`. */
function yamlError(text: string): string {
  try {
    loadText('t.yaml', text, 'yaml');
  } catch (error) {
    if (error instanceof InputError) return error.format();
    throw error;
  }
  throw new Error('expected an input error');
}

// Each case is a mistake people make by hand; the parser notices it elsewhere (the end of the file, the blanks
// before a line) and in its own terms. The error must name the place to fix and say what is wrong in words.
describe('YAML syntax errors are located where the mistake is, in plain words', () => {
  it.each([
    [
      'an unclosed double quote (the parser notices at the end of the file)',
      'clients:\n  - name: "Web\n    app_type: spa\nresourceServers: []\n',
      't.yaml:2:11: invalid YAML: the quoted value that starts here is never closed; add the closing " where the value ends',
    ],
    [
      'an unclosed single quote',
      "clients:\n  - name: 'Web\n",
      "t.yaml:2:11: invalid YAML: the quoted value that starts here is never closed; add the closing ' where the value ends",
    ],
    [
      'a list item indented one space less than the items above it (the parser says column 1)',
      'clients:\n  - name: A\n    app_type: spa\n - name: B\n',
      't.yaml:4:2: invalid YAML: this list item is indented 1 space, the item above it (line 2) 2 spaces; items of one list start in the same column',
    ],
    [
      'a key indented deeper than its neighbours (the parser points at the value above it)',
      'clients:\n  - name: A\n     app_type: spa\n',
      "t.yaml:3:6: invalid YAML: this line is indented deeper than the key above it, so it reads as the rest of that key's value; line its key up with the other keys of its mapping",
    ],
    [
      'an unclosed [ (the parser notices on a later line)',
      'clients: [a, b\nfoo: 1\n',
      't.yaml:1:10: invalid YAML: the [ that starts here is not closed with ], or a line inside it is indented less than the key it belongs to',
    ],
    ['a tab as indentation', 'clients:\n\t- name: a\n', 't.yaml:2:1: invalid YAML: a tab indents this line; YAML indents with spaces only'],
    [
      'two documents in one file',
      '---\nclients: []\n---\nresourceServers: []\n',
      't.yaml:3:1: invalid YAML: a second document starts here (---); deploy-cli reads an export as one document, so remove the line or split the file',
    ],
    [
      'an unknown escape',
      'clients:\n  - name: "a\\q"\n',
      't.yaml:2:13: invalid YAML: a double-quoted value holds the unknown escape \\q; write \\\\ for a backslash, or use single quotes',
    ],
    ['a value starting with @', 'clients:\n  - name: @admin\n', 't.yaml:2:11: invalid YAML: a value starting with reserved character @ must be quoted'],
    [
      'a duplicate key, named with the line of the first',
      'clients:\n  - name: A\nresourceServers: []\nclients:\n  - name: B\n',
      't.yaml:4:1: duplicate key "clients": it is already written on line 1; a mapping may hold each key once, so merge the two or remove one',
    ],
    [
      'a duplicate key inside an item',
      'clients:\n  - name: a\n    name: b\n',
      't.yaml:3:5: duplicate key "name": it is already written on line 2; a mapping may hold each key once, so merge the two or remove one',
    ],
  ])('%s', (_name, text, expected) => {
    expect(yamlError(text)).toBe(expected);
  });

  it("keeps the place and the parser's words for a document nested too deep to walk", () => {
    const deep = `${'['.repeat(5000)}"open\n`;
    expect(yamlError(deep)).toMatch(/^t\.yaml:\d+:\d+: invalid YAML: /);
  });
});
