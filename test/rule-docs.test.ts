import { Ajv } from 'ajv';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { loadInput } from '../src/loaders/load.js';
import { loadText } from '../src/loaders/load-text.js';
import { lintInput } from '../src/app/lint-input.js';
import type { AnyRule } from '../src/engine/rule.js';

/** Every rule's docs page: required sections, and its YAML examples run through the real loader and engine. */

const REQUIRED_SECTIONS = ['What it checks', 'Why', 'Incorrect', 'Correct', 'How to fix', 'Options'];

/** The text under a `## heading`, up to the next `## ` heading. */
function section(docs: string, heading: string): string | undefined {
  const lines = docs.split(/\r?\n/);
  const start = lines.findIndex((line) => line.trim() === `## ${heading}`);
  if (start === -1) return undefined;
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  return lines.slice(start + 1, end === -1 ? undefined : end).join('\n');
}

/**
 * The examples of a section: deploy-cli YAML, Terraform (```hcl, for rules about Terraform), or for live-audit rules
 * (which see no file) the `scope` of the audit's token as a ```text block.
 */
function examples(rule: AnyRule, text: string): string[] {
  const language = rule.meta.category === 'audit' ? 'text' : 'ya?ml|hcl';
  return [...text.matchAll(new RegExp(`^\`\`\`(?:${language})\n([\\s\\S]*?)^\`\`\`$`, 'gm'))].map((match) => match[0]);
}

async function findingsOf(rule: AnyRule, block: string, index: number): Promise<string[]> {
  const file = `rules/${rule.meta.id}/README.md#example-${index + 1}`;
  const example = block.slice(block.indexOf('\n') + 1, block.lastIndexOf('```'));
  let input;
  if (block.startsWith('```hcl')) {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'a0lint-rule-docs-'));
    await writeFile(path.join(dir, 'main.tf'), example);
    input = await loadInput(dir);
  } else if (rule.meta.category === 'audit') {
    input = {
      ...loadText(file, 'clients: []\n', 'yaml'),
      audit: { scopes: example.trim().split(/\s+/), from: 'token-response' as const, endpoint: 'POST /oauth/token' },
    };
  } else input = loadText(file, example, 'yaml');
  expect(
    input.errors.map((error) => error.format()),
    'the example loads without errors',
  ).toEqual([]);
  const settings = new Map([[rule.meta.id, { severity: rule.meta.defaultSeverity }]]);
  return lintInput(input, { rules: [rule], settings: settings }).findings.map((finding) => `${finding.ruleId}: ${finding.message}`);
}

describe.each(builtinRules.map((rule) => [rule.meta.id, rule] as const))('%s docs', (id, rule) => {
  const docs = rule.meta.docs;

  it('has a title, the metadata line and every required section', () => {
    expect(docs.split('\n')[0]).toBe(`# ${id}`);
    expect(docs).toContain(`Default severity: **${rule.meta.defaultSeverity}**`);
    for (const heading of REQUIRED_SECTIONS) expect(section(docs, heading), `## ${heading}`).toBeDefined();
  });

  it('has incorrect examples that report this rule', async () => {
    const incorrect = examples(rule, section(docs, 'Incorrect') ?? '');
    expect(incorrect.length, 'examples under ## Incorrect').toBeGreaterThan(0);
    for (const [index, example] of incorrect.entries()) expect((await findingsOf(rule, example, index)).length, example).toBeGreaterThan(0);
  });

  it('has correct examples that report nothing from this rule', async () => {
    const correct = examples(rule, section(docs, 'Correct') ?? '');
    expect(correct.length, 'examples under ## Correct').toBeGreaterThan(0);
    for (const [index, example] of correct.entries()) expect(await findingsOf(rule, example, index), example).toEqual([]);
  });

  it('documents its options, whose defaults satisfy their schema', () => {
    const options = section(docs, 'Options') ?? '';
    const properties = Object.keys((rule.meta.schema?.properties as object | undefined) ?? {});
    if (properties.length === 0) {
      expect(options.trim()).toMatch(/^None\b/);
      return;
    }
    for (const property of properties) expect(options, `option ${property}`).toContain(`\`${property}\``);
    const validate = new Ajv({ strict: true, useDefaults: false }).compile(rule.meta.schema!);
    const defaults = (rule.meta.defaultOptions as object | undefined) ?? {};
    expect(validate(defaults), JSON.stringify(validate.errors)).toBe(true);
    expect(Object.keys(defaults).sort()).toEqual(properties.sort());
  });
});
