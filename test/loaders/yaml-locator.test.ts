/**
 * The block locator must give exactly the ranges the `yaml` package's full parse gives. Each document below is
 * located both ways for every pointer into it (and for pointers to missing places), with the locator told to cut
 * even tiny files, so its line cutting, part checks and fallbacks are all exercised.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { prepareText } from '../../src/loaders/keywords.js';
import { rangeOf } from '../../src/loaders/range-of.js';
import { LineIndex } from '../../src/loaders/text-index.js';
import { walkValues } from '../../src/loaders/walk.js';
import { findInDocument } from '../../src/loaders/yaml-file.js';
import { blockLocator, YAML_OPTIONS } from '../../src/loaders/yaml-locator.js';
import { loadValues } from '../../src/loaders/yaml-values.js';
import { locateInItem } from '../../src/loaders/yaml-item.js';
import { parsePointer, joinPointer } from '../../src/model/pointer.js';

const CASES: Record<string, string> = {
  'block maps and sequences': [
    'tenant:',
    '  friendly_name: Shop',
    'clients:',
    '  - name: Storefront',
    '    app_type: spa',
    '    callbacks:',
    '      - https://shop.example.com/callback',
    '      - http://localhost:3000/callback',
    '    jwt_configuration:',
    '      alg: RS256',
    '      lifetime_in_seconds: 36000',
    '  - name: Worker',
    '    grant_types:',
    '    - client_credentials',
    'clientGrants:',
    '- client_id: Worker',
    '  audience: https://api.example.com',
    '  scope: []',
    '',
  ].join('\n'),
  'flow collections': [
    'resourceServers:',
    '  - {name: Orders, identifier: "https://orders.example.com", scopes: [{value: read, description: Read}]}',
    '  - name: Catalog',
    '    subject_type_authorization: { user: { policy: allow_all }, client: {policy: deny_all} }',
    '    scopes: [ read:catalog,',
    '      write:catalog ]',
    'clients: [ {name: A}, {name: B} ]',
    '',
  ].join('\n'),
  'quoted, plain and multi-line scalars': [
    'clients:',
    '  - name: "Quoted \\"name\\""',
    "    description: 'it''s single'",
    '    logo_uri: plain text that goes',
    '      on over two lines',
    '    custom_login_page: |',
    '      <html>',
    '        - not an item',
    '      </html>',
    '',
    '    client_metadata:',
    '      folded: >-',
    '        one',
    '        two',
    '      "quoted key": 1',
    "      'single key': 0x1F",
    '      0x10: hex key',
    '  - name: after # a comment',
    '    is_first_party: true',
    '',
  ].join('\n'),
  'comments everywhere': [
    '# leading comment',
    '',
    'clients: # the applications',
    '  # before the first item',
    '  - name: A # trailing',
    '    # inside',
    '    app_type: spa',
    '# a column-0 comment inside the sequence',
    '  - name: B',
    '',
    '# before the next key',
    'resourceServers:',
    '  - identifier: https://a.example.com',
  ].join('\n'),
  'entity items: nesting, one-line collections, empty values, comments after values': [
    'clients:',
    '  - name: A # the first',
    '    callbacks: []',
    '    client_metadata: {}',
    '    jwt_configuration:',
    '      alg: RS256',
    '    grant_types:',
    '    - client_credentials',
    '    - - nested',
    '      - twice',
    '    mobile:',
    '      ios:',
    '        team_id: "T1"   # quoted',
    "        app_bundle_identifier: 'a.b'",
    '        flags: [a]',
    '    empty:',
    '    plain: goes',
    '      on',
    '  -   name: B',
    '      scopes:',
    '        - value: read:x',
    '          description: Read x',
    '        - value: write:x',
    '  - just a string',
    '  - 12',
    '  -',
    '',
  ].join('\n'),
  CRLF: 'clients:\r\n  - name: A\r\n    callbacks:\r\n      - https://a.example.com\r\n  - name: B\r\n    app_type: "spa"\r\n',
  BOM: '\uFEFFclients:\n  - name: A\n    app_type: spa\nresourceServers:\n  - identifier: x\n',
  'document markers': '---\nclients:\n  - name: A\n...\n',
  'a sequence at column 0 and an inline value': 'name: root\nclients:\n- name: A\n  x: 1\n- name: B\nflag: true\nempty:\nlist: [a, b]\n',
  'tabs, white space beyond ASCII, line separators': [
    'clients:',
    '  - name: A\u00a0',
    '    description: "tab\there"',
    "    logo_uri: 'x\u2028y'\t# tab before a comment",
    '    app_type: spa\t',
    '    \t# a comment after a tab',
    '    callbacks:\t',
    '      - \u00a0https://a.example.com',
    '    initiate_login_uri\t: https://a.example.com/login',
    '    client_metadata:',
    '      "tab\tkey": 1',
    '      nbsp\u00a0key: 2',
    '      \u3000wide: 3',
    '  - name: B # ok\u2029',
    '    app_type: \ufeffspa',
    '    sso: x\u0085y',
    '',
  ].join('\n'),
  'multi-line, block and flow values beside the path': [
    'clients:',
    '  - name: A',
    '    description: |',
    '      block text',
    '        - not an item',
    '      name: not a key',
    '',
    '      # not a comment',
    '    logo_uri: plain text that goes',
    '      on over two lines',
    '    callbacks: [a,',
    '      b]',
    '    client_metadata: {x: 1,',
    '      y: 2}',
    '    quoted: "multi',
    '      line"',
    '    empty:',
    '    grant_types:',
    '    - client_credentials',
    '    - implicit',
    '    app_type: spa',
    '    jwt_configuration:',
    '      alg: RS256',
    '      folded: >-',
    '        one',
    '        two',
    '      secret_encoded: false',
    '  - name: B',
    '    custom_login_page: |-',
    '      <html>',
    '    app_type: spa',
    '  -',
    '  - - nested',
    '    - twice',
    '  - name: C',
    '    tags: !!seq',
    '      - x',
    '    scopes:',
    '    - value: read',
    '      grants:',
    '      - audience: x',
    '        scope:',
    '        - read',
    '      - audience: y',
    '    - value: write',
    '',
  ].join('\n'),
  'keys the reading renames, on the path': [
    'clients:',
    '  - name: A',
    '    client_metadata:',
    '      0x10: hex',
    '      +12: plus',
    '      1e3: float',
    '      true: bool',
    '      "quoted \\"key\\"": q',
    "      'it''s': s",
    '      ##KEY##_x: marker',
    '      n: short',
    '      name: n',
    '  - name: B',
    '',
  ].join('\n'),
  'keyword placeholders': 'clients:\n  - name: "@@NAME@@"\n    callbacks:\n      - https://##HOST##/cb\n    "##KEY##": value\n',
};

function checkEveryPointer(name: string, original: string, missing = true): void {
  const prepared = prepareText(original, {}, 'yaml');
  const fast = loadValues(prepared.text);
  const full = parseDocument(prepared.text, YAML_OPTIONS);
  expect(full.errors, name).toEqual([]);
  const data: unknown = fast ? fast.value : full.toJS();
  walkValues(data, name);
  const lines = new LineIndex(original);
  const lineIndex = prepared.sameStructure ? () => lines : undefined;
  const locate = blockLocator(
    prepared.text,
    () => data,
    findInDocument,
    () => full,
    { wholeBelow: 0, lines: lineIndex },
  );
  const range = (found: ReturnType<typeof locate>) => found && rangeOf(found, prepared, lines);
  for (const pointer of pointersOf(data, missing)) {
    const segments = parsePointer(pointer);
    expect(range(locate(segments)), `${name}: ${pointer}`).toEqual(range(findInDocument(full, segments)));
  }
}

/** Every pointer into the value; with `missing`, also one missing key and one missing index under each. */
function pointersOf(value: unknown, missing: boolean, pointer = '', out: string[] = []): string[] {
  out.push(pointer);
  if (missing) out.push(joinPointer(pointer, 'missing'), joinPointer(pointer, 99));
  if (Array.isArray(value)) value.forEach((item, index) => pointersOf(item, missing, joinPointer(pointer, index), out));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) pointersOf(item, missing, joinPointer(pointer, key), out);
  return out;
}

describe('block YAML locator', () => {
  for (const [name, text] of Object.entries(CASES)) {
    it(`locates like the full parse: ${name}`, () => {
      expect(loadValues(prepareText(text, {}, 'yaml').text), 'takes the fast path').toBeDefined();
      checkEveryPointer(name, text);
    });
  }

  it('reads plain deploy-cli items by their lines, and leaves the rest to the parser', () => {
    const item = '  - name: A\n    callbacks:\n      - https://a.example.com # ok\n    alg: "RS256"\n';
    const value = { name: 'A', callbacks: ['https://a.example.com'], alg: 'RS256' };
    expect(locateInItem(item, 0, item.length, ['callbacks', '0'], value)).toEqual({ start: 35, end: 56, keyStart: undefined, scalar: true });
    expect(locateInItem(item, 0, item.length, ['alg'], value)).toMatchObject({ start: 71, end: 78, keyStart: 66 });
    expect(locateInItem(item, 0, item.length, ['alg'], { ...value, extra: 1 }), 'layout and values disagree').toBeUndefined();
    const folded = '  - name: A\n    description: >\n      text\n';
    expect(locateInItem(folded, 0, folded.length, ['name'], { name: 'A', description: 'text\n' }), 'beside the path').toMatchObject({ start: 10, end: 11 });
    expect(locateInItem(folded, 0, folded.length, ['description'], { name: 'A', description: 'text\n' }), 'on the path').toBeUndefined();
    const extra = '  - name: A\n    stray line\n';
    expect(locateInItem(extra, 0, extra.length, ['name'], { name: 'A stray line' }), 'a line that is no key').toBeUndefined();
    const missing = '  - name: A\n    nam: B\n';
    expect(locateInItem(missing, 0, missing.length, ['name'], { other: 'A', nam: 'B' }), 'a key the values do not have').toBeUndefined();
    expect(locateInItem(missing, 0, missing.length, ['other'], { other: 'A', nam: 'B' }), 'a key the lines do not have').toBeUndefined();
    const spaced = '  - name: A\u00a0 # beyond ASCII, white space is content\n';
    expect(locateInItem(spaced, 0, spaced.length, ['name'], { name: 'A\u00a0' })).toMatchObject({ start: 10, end: 12 });
    const renamed = '  - 0x10: a\n    1e3: b\n    "q": c\n    16x: d\n';
    const read = { 16: 'a', 1000: 'b', q: 'c', '16x': 'd' };
    expect(locateInItem(renamed, 0, renamed.length, ['16'], read)).toMatchObject({ start: 10, keyStart: 4 });
    expect(locateInItem(renamed, 0, renamed.length, ['1000'], read)).toMatchObject({ start: 21, keyStart: 16 });
    expect(locateInItem(renamed, 0, renamed.length, ['q'], read)).toMatchObject({ start: 32, keyStart: 27 });
    expect(locateInItem(renamed, 0, renamed.length, ['16x'], read)).toMatchObject({ start: 43, keyStart: 38 });
    const twice = '  - 0x10: a\n    16: b\n';
    expect(locateInItem(twice, 0, twice.length, ['16'], { 16: 'b', 17: 'a' }), 'one name read twice').toBeUndefined();
    const tabbed = '  - name: A\tB\n';
    expect(locateInItem(tabbed, 0, tabbed.length, ['name'], { name: 'A\tB' }), 'a tab in a scalar').toBeUndefined();
  });

  it('answers nothing for layouts block YAML does not allow', () => {
    const refused = {
      'a line between two indentations': ['  - name: A\n   x: 1\n', { name: 'A' }, ['name']],
      'a line not inside the item': ['  - just text\n  x\n', 'just text', []],
      'an item after a key with a value': ['  - name: A\n    list: x\n    - b\n', { name: 'A', list: 'x' }, ['name']],
      'a key among items': ['  - list:\n      - a\n      b: 1\n    name: A\n', { list: ['a'], name: 'A' }, ['list', '0']],
    } as const;
    for (const [name, [item, value, path]] of Object.entries(refused)) {
      expect(locateInItem(item, 0, item.length, path, value), name).toBeUndefined();
    }
  });

  it('falls back to the full parse for anchors and aliases', () => {
    const text = 'defaults: &d\n  app_type: spa\nclients:\n  - name: A\n    jwt_configuration: *d\n';
    expect(loadValues(text)).toBeUndefined();
    checkEveryPointer('anchors', text);
  });

  it('reads a lone carriage return as YAML does: as a line break', () => {
    checkEveryPointer('lone CR', 'clients:\n  - name: A # c\r    app_type: spa\n  - name: B\r\n    app_type: spa\r\n');
  });

  it('falls back for layouts it does not cut: a flow root, a tab-indented comment', () => {
    checkEveryPointer('flow root', '{clients: [{name: A}, {name: B}]}\n');
    checkEveryPointer('odd top', 'a: 1\n\t# tab comment\nb:\n  - x\n');
  });

  const corpus = [path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus')].find((dir) => existsSync(dir));
  it.skipIf(!corpus)('locates like the full parse in every YAML file of the public corpus', () => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const file = path.join(dir, name);
        if (statSync(file).isDirectory()) walk(file);
        else if (/\.ya?ml$/.test(name) && statSync(file).size < 2_000_000) files.push(file);
      }
    };
    walk(corpus!);
    let checked = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const full = parseDocument(prepareText(text, {}, 'yaml').text, YAML_OPTIONS);
      if (full.errors.length > 0 || full.toJS() === null || typeof full.toJS() !== 'object') continue;
      checkEveryPointer(path.relative(corpus!, file), text, false);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });
});
