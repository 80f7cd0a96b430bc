import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { a0lint, scratchRepo } from './cli-run.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((remove) => remove()));
});

describe('a0lint init', () => {
  it('writes a commented starter configuration that loads as written and lists every rule', async () => {
    const repo = await scratchRepo({ 'tenant.yaml': 'clients: []\n' });
    cleanups.push(repo.remove);
    const run = await a0lint(repo.dir, ['init']);
    expect(run).toMatchObject({ code: 0, stdout: 'Wrote .a0lint.yml\n' });
    const text = await readFile(path.join(repo.dir, '.a0lint.yml'), 'utf8');
    for (const rule of builtinRules) expect(text).toContain(`# ${rule.meta.id}:`);
    // Each line shows the severity the preset in force gives: a rule only strict turns on is off, and says so.
    const shown = new Map(
      [...text.matchAll(/^ {2}# ([a-z-]+): +(\w+) +# (\(strict: \w+\) )?/gm)].map((match) => [match[1]!, `${match[2]} ${match[3] ?? ''}`.trim()]),
    );
    const printedRules = (
      JSON.parse((await a0lint(repo.dir, ['--print-config', 'tenant.yaml'])).stdout) as { rules: Record<string, string | [string, unknown]> }
    ).rules;
    for (const rule of builtinRules) {
      const setting = printedRules[rule.meta.id]!;
      const severity = typeof setting === 'string' ? setting : setting[0];
      expect(shown.get(rule.meta.id), rule.meta.id).toBe(
        rule.meta.preset === 'strict' ? `off (strict: ${rule.meta.defaultSeverity === 'note' ? 'warning' : rule.meta.defaultSeverity})` : severity,
      );
      if (rule.meta.preset === 'strict') expect(severity).toBe('off');
    }
    expect(text).toContain('$schema=https://raw.githubusercontent.com/a0lint/a0lint/main/schemas/a0lint.schema.json');
    // The example exception expires after today, so uncommenting it does not report it as expired at once.
    const expires = /expires: (\d{4}-\d{2}-\d{2})/.exec(text)![1]!;
    expect(new Date(`${expires}T00:00:00Z`).getTime()).toBeGreaterThan(Date.now() + 30 * 86_400_000);
    const printed = JSON.parse((await a0lint(repo.dir, ['--print-config', 'tenant.yaml'])).stdout) as { configFile: string; extends: string[] };
    expect(printed).toMatchObject({ configFile: '.a0lint.yml', extends: ['recommended'] });
    expect((await a0lint(repo.dir, ['tenant.yaml'])).code).toBe(0);
  });

  it('uncommenting the examples gives a valid configuration', async () => {
    const repo = await scratchRepo({
      'tenant.yaml': 'clients: []\n',
      'config.json': '{ "AUTH0_KEYWORD_REPLACE_MAPPINGS": {} }\n',
      'a0lint-rules/house.yml': 'rules:\n  - { id: custom/x, description: x, severity: note, collection: clients, message: x, assert: true }\n',
    });
    cleanups.push(repo.remove);
    await a0lint(repo.dir, ['init']);
    const file = path.join(repo.dir, '.a0lint.yml');
    const uncommented = (await readFile(file, 'utf8')).replace(
      /^(\s*)# (?!yaml-language-server|a0lint|recommended|Change|Settings|The tenant|either|House|Accepted)/gm,
      '$1',
    );
    await repo.write('.a0lint.yml', uncommented);
    const run = await a0lint(repo.dir, ['tenant.yaml', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('never overwrites an existing configuration', async () => {
    const repo = await scratchRepo({ '.a0lint.yml': 'extends: [strict]\n' });
    cleanups.push(repo.remove);
    const run = await a0lint(repo.dir, ['init']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('.a0lint.yml already exists');
    expect(await readFile(path.join(repo.dir, '.a0lint.yml'), 'utf8')).toBe('extends: [strict]\n');
  });
});
