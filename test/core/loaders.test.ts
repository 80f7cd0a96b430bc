import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/shared/errors.js';
import { loadInput } from '../../src/loaders/load.js';
import { loadText } from '../../src/loaders/load-text.js';
import { lintFiles } from '../helpers/lint-files.js';

const errorOf = (run: () => unknown): InputError => {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
};

describe('loader errors are located, one line each', () => {
  it('malformed YAML', () => {
    const error = errorOf(() => loadText('t.yaml', 'clients:\n  - name: a\n    app_type: [spa\n', 'yaml'));
    expect(error.format()).toMatch(/^t\.yaml:\d+:\d+: invalid YAML: /);
  });

  it('duplicate keys in YAML and JSON are errors, not silent merges', () => {
    expect(errorOf(() => loadText('t.yaml', 'clients:\n  - name: a\n    name: b\n', 'yaml')).format()).toMatch(/^t\.yaml:3:5: duplicate key/);
    expect(errorOf(() => loadText('d.json', '{"clients": [{"name": "a",\n "name": "b"}]}', 'api-dump')).format()).toBe(
      'd.json:2:2: duplicate key: "name" appears twice in one object',
    );
  });

  it('malformed JSON names line and column', () => {
    expect(errorOf(() => loadText('d.json', '{\n  "clients": [\n    {"name": "a",}\n  ]\n}', 'api-dump')).format()).toBe(
      'd.json:3:18: invalid JSON: expected a property name in double quotes',
    );
  });

  it('a collection of the wrong shape is an error at its key, and the rest is still read', () => {
    const input = loadText('t.yaml', 'clients: nope\nresourceServers:\n  - identifier: https://a.example.org\n  - 42\n', 'yaml');
    expect(input.errors.map((error) => error.format())).toEqual([
      't.yaml:1:10: "clients" must be a list',
      't.yaml:4:5: each entry of "resourceServers" must be a mapping',
    ]);
    expect(input.resourceServers).toHaveLength(1);
  });

  it('a JSON file that is not a dump says so', () => {
    expect(errorOf(() => loadText('d.json', '{"tenant": {}}', 'api-dump')).message).toMatch(/not a Management API dump/);
    for (const [text, held] of [
      ['null', 'null'],
      ['[{"clients": []}]', 'a list'],
      ['"clients"', 'a string'],
    ])
      expect(errorOf(() => loadText('d.json', text!, 'api-dump')).message).toMatch(`not a Management API dump: the file holds ${held};`);
  });
});

describe('directory exports', () => {
  it('reads file contents, never names, and one broken file does not stop the others', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'a0lint-dir-'));
    await mkdir(path.join(dir, 'resource-servers'));
    await mkdir(path.join(dir, 'grants'));
    await writeFile(path.join(dir, 'resource-servers', 'misleading-name.json'), '{"name": "Real Name", "identifier": "https://real.example.org"}');
    await writeFile(path.join(dir, 'resource-servers', 'broken.json'), '{"name": "Broken",\n "identifier": }');
    await writeFile(path.join(dir, 'grants', 'not-json.txt'), 'ignored: deploy-cli reads *.json only');
    const result = await lintFiles([dir], { cwd: dir });
    expect(result.errors.map((error) => error.format())).toEqual(["resource-servers/broken.json:2:16: invalid JSON: unexpected character '}'"]);
    const preferGrant = result.findings.filter((finding) => finding.ruleId === 'prefer-require-client-grant');
    expect(preferGrant.map((finding) => `${finding.entity?.key} ${finding.location?.file}`)).toEqual([
      'https://real.example.org resource-servers/misleading-name.json',
    ]);
  });

  it('a folder without export folders is refused with a reason', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'a0lint-empty-'));
    await expect(loadInput(dir)).rejects.toThrow(/not a deploy-cli directory export/);
  });

  it('a missing path is a located input error', async () => {
    await expect(loadInput('no/such/tenant.yaml')).rejects.toThrow(/no such file or folder/);
  });
});
