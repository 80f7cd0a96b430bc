import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/run-cli.js';

/**
 * The package as a user gets it: `npm pack` of the built dist/ installed into an empty project, without the
 * registry (a0lint has no runtime dependencies to fetch). Runs the committed build, so `npm run build` first.
 */
let project: string;
beforeAll(() => {
  const work = mkdtempSync(path.join(tmpdir(), 'a0lint-package-'));
  execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', work], { cwd: REPO_ROOT, stdio: 'ignore' });
  const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'))!;
  project = path.join(work, 'project');
  execFileSync('mkdir', [project]);
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'user-project', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', path.join(work, tarball)], { cwd: project, stdio: 'ignore' });
  writeFileSync(path.join(project, 'tenant.yaml'), 'clients:\n  - name: Legacy Portal\n    app_type: regular_web\n    grant_types: [password]\n');
}, 120_000);

const node = (args: string[]): string => execFileSync(process.execPath, args, { cwd: project, encoding: 'utf8' });

describe('the installed npm package', () => {
  it('installs nothing besides itself: every runtime dependency is bundled', () => {
    expect(readdirSync(path.join(project, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual(['a0lint']);
  });

  it('runs its command: --version, and a lint with findings (exit 1)', () => {
    const bin = path.join(project, 'node_modules/.bin/a0lint');
    expect(execFileSync(bin, ['--version'], { cwd: project, encoding: 'utf8' })).toMatch(/^\d+\.\d+\.\d+/);
    let code = 0;
    let out = '';
    try {
      execFileSync(bin, ['tenant.yaml', '--format', 'json', '--fail-on', 'warning'], { cwd: project, encoding: 'utf8' });
    } catch (error) {
      code = (error as { status: number }).status;
      out = (error as { stdout: string }).stdout;
    }
    expect(code).toBe(1);
    expect((JSON.parse(out) as { findings: Array<{ ruleId: string }> }).findings.map((finding) => finding.ruleId)).toContain('no-password-grant');
  });

  it('imports as a library that runs nothing on import and lints through its API', () => {
    const keys = node(['--input-type=module', '-e', "const m = await import('a0lint'); console.log(JSON.stringify(Object.keys(m).sort()))"]);
    expect(JSON.parse(keys)).toEqual(['InputError', 'InputErrors', 'UsageError', 'builtinRules', 'errorsOf', 'findingsOf', 'formatters', 'lint', 'version']);
    const linted = node([
      '--input-type=module',
      '-e',
      "import { lint, findingsOf, formatters } from 'a0lint'; const run = await lint({ cwd: process.cwd(), paths: ['tenant.yaml'] }); console.log(findingsOf(run.targets).map((f) => f.ruleId).join(',')); console.log(JSON.parse(formatters.json(run)).findings.length);",
    ]);
    expect(linted).toMatch(/no-password-grant/);
    expect(Number(linted.trim().split('\n').at(-1))).toBeGreaterThan(0);
  });

  // skipLibCheck as `tsc --init` sets it: the declarations of internal modules name devDependencies' types (yaml, ajv).
  it('ships types a TypeScript user compiles against', () => {
    writeFileSync(
      path.join(project, 'use.ts'),
      "import { lint, formatters, type Finding } from 'a0lint';\nconst run = await lint({ cwd: '.', paths: ['tenant.yaml'] });\nconst first: Finding | undefined = run.targets[0]?.findings[0];\nconst text: string = formatters.sarif(run);\n// @ts-expect-error: not a format\nformatters.nope(run);\nexport { first, text };\n",
    );
    writeFileSync(
      path.join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, skipLibCheck: true, types: [] },
        files: ['use.ts'],
      }),
    );
    execFileSync(process.execPath, [path.join(REPO_ROOT, 'node_modules/typescript/bin/tsc'), '-p', project], { cwd: project, encoding: 'utf8' });
  });
});
