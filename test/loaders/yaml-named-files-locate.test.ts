/**
 * A YAML export names files for action code, rule scripts and database scripts, and the loader puts their texts
 * into the document. Findings in those items must still be located by parsing only a part of the file: a whole-file,
 * position-keeping parse costs more than the rest of a large run together (it made a 32 MB export take 12 s).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { lintFiles } from '../helpers/lint-files.js';

const parsed = vi.hoisted(() => [] as number[]);
vi.mock('yaml', async (importOriginal) => {
  const yaml = await importOriginal<typeof import('yaml')>();
  return {
    ...yaml,
    parseDocument: (...args: Parameters<typeof yaml.parseDocument>) => {
      parsed.push(args[0].length);
      return yaml.parseDocument(...args);
    },
  };
});

const root = mkdtempSync(path.join(tmpdir(), 'a0lint-named-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function exportWithNamedFiles(): { file: string; text: string; lineOf: (needle: string) => number } {
  const lines = [
    'actions:',
    '  - name: old-runtime',
    '    code: ./actions/old-runtime/code.js',
    '    runtime: node16',
    '    supported_triggers:',
    '      - id: post-login',
    '        version: v3',
    'rules:',
    '  - name: legacy',
    '    script: ./rules/legacy.js',
    '    enabled: true',
    '    order: 1',
    'databases:',
    '  - name: users',
    '    strategy: auth0',
    '    options:',
    '      passwordPolicy: none',
    '      customScripts:',
    '        login: ./databases/users/login.js',
    '    enabled_clients: []',
    'clients:',
  ];
  // Enough clients to take the file past the size below which the locator parses a file whole.
  for (let index = 0; index < 400; index++) {
    lines.push(`  - name: app-${index}`, '    app_type: spa', '    callbacks:', `      - https://app-${index}.example.com/callback`);
  }
  const text = `${lines.join('\n')}\n`;
  const write = (relative: string, content: string): void => {
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    writeFileSync(path.join(root, relative), content);
  };
  write('tenant.yaml', text);
  write('actions/old-runtime/code.js', 'exports.onExecutePostLogin = async () => {};\n');
  write('rules/legacy.js', 'function (user, context, callback) { callback(null, user, context); }\n');
  write('databases/users/login.js', 'function login(email, password, callback) { callback(null); }\n');
  return { file: path.join(root, 'tenant.yaml'), text, lineOf: (needle) => lines.findIndex((line) => line.includes(needle)) + 1 };
}

describe('YAML export naming code files', () => {
  it('locates findings in items whose files were read without parsing the whole file', async () => {
    const { file, text, lineOf } = exportWithNamedFiles();
    expect(text.length).toBeGreaterThan(16 * 1024);
    parsed.length = 0;
    const { findings, errors } = await lintFiles([file], { cwd: root });
    expect(errors).toEqual([]);
    const at = (ruleId: string) => findings.filter((finding) => finding.ruleId === ruleId).map((finding) => finding.location?.startLine);
    expect(at('supported-action-runtime')).toEqual([lineOf('runtime: node16')]);
    expect(at('no-legacy-rules-and-hooks')).toEqual([lineOf('enabled: true')]);
    expect(at('strong-password-policy')).toContain(lineOf('passwordPolicy: none'));
    expect(parsed.length, 'parts of the file were parsed').toBeGreaterThan(0);
    expect(
      parsed.filter((length) => length >= text.length),
      'whole-file parses',
    ).toEqual([]);
  });
});
