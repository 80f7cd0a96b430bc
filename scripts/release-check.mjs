// The release's checks, runnable anywhere: the release workflow runs them on a version tag before publishing, and
// CI runs them on every change (without a tag), so a release never finds out at tag time that the changelog, the
// version or the package contents are wrong.
//
//   node scripts/release-check.mjs notes 1.2.3     print the changelog section of 1.2.3 (the GitHub release notes)
//   node scripts/release-check.mjs verify [--tag v1.2.3]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;

/** Files a user of the npm package needs; anything else in the tarball is a mistake (tests, sources, fixtures). */
const PACKAGE_FILES = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^CHANGELOG\.md$/,
  /^dist\/.+\.(?:js|d\.ts|wasm|json)$/,
  /^schemas\/a0lint[^/]*\.schema\.json$/,
];
const REQUIRED_FILES = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'dist/cli.js'];

/** The body of `## [version]` in a Keep a Changelog file, without its heading; undefined when there is none. */
export function changelogSection(changelog, version) {
  const lines = changelog.split(/\r?\n/);
  const heading = new RegExp(`^## \\[${version.replace(/[.+-]/g, '\\$&')}\\](?:\\s|$)`);
  const start = lines.findIndex((line) => heading.test(line));
  if (start === -1) return undefined;
  const end = lines.findIndex((line, index) => index > start && /^## /.test(line));
  const body = lines.slice(start + 1, end === -1 ? undefined : end);
  // Link references at the end of the file (`[1.2.3]: https://…`) belong to no section.
  while (body.length > 0 && (body.at(-1).trim() === '' || /^\[[^\]]+\]: /.test(body.at(-1)))) body.pop();
  while (body.length > 0 && body[0].trim() === '') body.shift();
  return body.join('\n');
}

/** Problems with releasing `pkg` (package.json) with `changelog` under `tag` (undefined outside a tag build). */
export function releaseProblems({ pkg, changelog, tag, files }) {
  const problems = [];
  if (!SEMVER.test(pkg.version)) problems.push(`package.json version "${pkg.version}" is not a semantic version`);
  if (tag !== undefined && tag !== `v${pkg.version}`) {
    problems.push(`the tag ${tag} does not match package.json's version ${pkg.version} (expected v${pkg.version})`);
  }
  const section = changelogSection(changelog, pkg.version);
  // Between releases the next version's notes collect under [Unreleased]; a tag needs its own section.
  const notes = section ?? (tag === undefined ? changelogSection(changelog, 'Unreleased') : undefined);
  if (notes === undefined) problems.push(`CHANGELOG.md has no "## [${pkg.version}]" section`);
  else if (notes.trim() === '') problems.push(`CHANGELOG.md's section for ${pkg.version} is empty`);
  for (const file of files) {
    if (!PACKAGE_FILES.some((pattern) => pattern.test(file))) problems.push(`the npm package would include ${file}, which users do not need`);
  }
  for (const file of REQUIRED_FILES) if (!files.includes(file)) problems.push(`the npm package would not include ${file}`);
  return problems;
}

function packedFiles() {
  // The same list `npm publish --dry-run` prints, without asking the registry anything.
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return JSON.parse(out)[0].files.map((file) => file.path);
}

function main(argv) {
  const changelog = readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8');
  const [command, ...rest] = argv;
  if (command === 'notes' && rest.length === 1) {
    const section = changelogSection(changelog, rest[0].replace(/^v/, ''));
    if (section === undefined) throw new Error(`CHANGELOG.md has no section for ${rest[0]}`);
    process.stdout.write(`${section}\n`);
    return;
  }
  if (command === 'verify' && (rest.length === 0 || (rest.length === 2 && rest[0] === '--tag'))) {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const problems = releaseProblems({ pkg, changelog, tag: rest[1], files: packedFiles() });
    for (const problem of problems) process.stderr.write(`release-check: ${problem}\n`);
    if (problems.length > 0) process.exit(1);
    process.stdout.write(`release-check: ${pkg.name}@${pkg.version} is ready to release${rest[1] ? ` as ${rest[1]}` : ''}\n`);
    return;
  }
  throw new Error('usage: release-check.mjs notes VERSION | verify [--tag vX.Y.Z]');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`release-check: ${error.message}\n`);
    process.exit(2);
  }
}
