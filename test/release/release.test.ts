import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { actionlint } from '../helpers/actionlint.js';
import { REPO_ROOT } from '../helpers/run-cli.js';

interface ReleaseCheck {
  changelogSection(changelog: string, version: string): string | undefined;
  releaseProblems(input: { pkg: { version: string }; changelog: string; tag: string | undefined; files: string[] }): string[];
}

const SCRIPT = path.join(REPO_ROOT, 'scripts/release-check.mjs');
const WORKFLOWS = path.join(REPO_ROOT, '.github/workflows');
const CHANGELOG = `# Changelog

## [Unreleased]

### Fixed

- Something not yet released.

## [1.2.0] - 2026-12-01

### Added

- A rule.

## [1.1.0] - 2026-11-01

- Older notes.

[Unreleased]: https://github.com/a0lint/a0lint/compare/v1.2.0...HEAD
[1.2.0]: https://github.com/a0lint/a0lint/compare/v1.1.0...v1.2.0
`;
const GOOD_FILES = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'dist/cli.js', 'schemas/a0lint.schema.json'];

let check: ReleaseCheck;
beforeAll(async () => {
  check = (await import(pathToFileURL(SCRIPT).href)) as ReleaseCheck;
});

describe('release notes come from the changelog', () => {
  it("take one version's section, without its heading, the next section, or the link references", () => {
    expect(check.changelogSection(CHANGELOG, '1.2.0')).toBe('### Added\n\n- A rule.');
    expect(check.changelogSection(CHANGELOG, '1.1.0')).toBe('- Older notes.');
    expect(check.changelogSection(CHANGELOG, 'Unreleased')).toBe('### Fixed\n\n- Something not yet released.');
  });

  it('find nothing for a version the changelog does not have (1.2 is not 1.2.0)', () => {
    expect(check.changelogSection(CHANGELOG, '1.3.0')).toBeUndefined();
    expect(check.changelogSection(CHANGELOG, '1.2')).toBeUndefined();
  });

  it('are printed by the script the release workflow runs, for a tag name', () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    const notes = execFileSync(process.execPath, [SCRIPT, 'notes', `v${pkg.version}`], { encoding: 'utf8' });
    expect(notes.trim().length).toBeGreaterThan(0);
    expect(notes).not.toMatch(/^## /m);
  });
});

describe('a release is refused when', () => {
  const problems = (overrides: Partial<Parameters<ReleaseCheck['releaseProblems']>[0]>): string[] =>
    check.releaseProblems({ pkg: { version: '1.2.0' }, changelog: CHANGELOG, tag: 'v1.2.0', files: GOOD_FILES, ...overrides });

  it('nothing is wrong: no problem', () => {
    expect(problems({})).toEqual([]);
  });

  it('the tag does not match package.json', () => {
    expect(problems({ tag: 'v1.2.1' })).toEqual(["the tag v1.2.1 does not match package.json's version 1.2.0 (expected v1.2.0)"]);
  });

  it('the version has no changelog section (a tag may not fall back to Unreleased; a build without a tag may)', () => {
    expect(problems({ pkg: { version: '1.3.0' }, tag: 'v1.3.0' })).toEqual(['CHANGELOG.md has no "## [1.3.0]" section']);
    expect(problems({ pkg: { version: '1.3.0' }, tag: undefined })).toEqual([]);
  });

  it('the version is not semantic', () => {
    expect(problems({ pkg: { version: '1.2' }, tag: undefined })).toContain('package.json version "1.2" is not a semantic version');
  });

  it('the package would ship files users do not need, or miss ones they do', () => {
    expect(problems({ files: [...GOOD_FILES, 'src/cli.ts', 'test/fixtures/x.yaml', 'schemas/sarif-2.1.0.json'] })).toEqual([
      'the npm package would include src/cli.ts, which users do not need',
      'the npm package would include test/fixtures/x.yaml, which users do not need',
      'the npm package would include schemas/sarif-2.1.0.json, which users do not need',
    ]);
    expect(problems({ files: GOOD_FILES.filter((file) => file !== 'LICENSE') })).toEqual(['the npm package would not include LICENSE']);
  });
});

describe('the repository as it is', () => {
  it('is ready to release: version, changelog and the files npm would publish agree (the release dry run)', () => {
    const out = execFileSync(process.execPath, [SCRIPT, 'verify'], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(out).toMatch(/is ready to release/);
  });

  const workflows = readdirSync(WORKFLOWS)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort();
  it.each(workflows)('.github/workflows/%s passes actionlint and pins third-party actions by commit SHA', async (name) => {
    const text = readFileSync(path.join(WORKFLOWS, name), 'utf8');
    expect(await actionlint(text, name)).toEqual([]);
    for (const [, action] of text.matchAll(/uses:\s*([^\s#]+)/g)) {
      if (!action!.startsWith('./')) expect(action).toMatch(/@[0-9a-f]{40}$/);
    }
  });

  it('release.yml grants the OIDC token to the publish job alone, and nothing at the top level', () => {
    const release = parse(readFileSync(path.join(WORKFLOWS, 'release.yml'), 'utf8')) as {
      permissions: Record<string, string>;
      jobs: Record<string, { permissions: Record<string, string>; steps: { run?: string }[] }>;
    };
    expect(release.permissions).toEqual({});
    const withToken = Object.entries(release.jobs)
      .filter(([, job]) => job.permissions['id-token'] === 'write')
      .map(([id]) => id);
    expect(withToken).toEqual(['publish-npm']);
    const publish = release.jobs['publish-npm']!.steps.map((step) => step.run ?? '').join('\n');
    expect(publish).toContain('npm publish --provenance');
    for (const [id, job] of Object.entries(release.jobs)) {
      if (id !== 'github-release') expect(job.permissions.contents, id).toBe('read');
    }
  });
});
