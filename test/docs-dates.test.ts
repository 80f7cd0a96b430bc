import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/run-cli.js';

// Tests pin their clocks, so an example date in the docs can pass its day unnoticed and then greet every user who
// pastes it with an expired-ignore warning. This one reads the real clock on purpose.
const DOCS = [
  'README.md',
  ...readdirSync(path.join(REPO_ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];
const MARGIN_DAYS = 60;

describe('example dates in the docs', () => {
  it.each(DOCS)('%s: every example expiry is at least two months away', (file) => {
    const text = readFileSync(path.join(REPO_ROOT, file), 'utf8');
    for (const [, date] of text.matchAll(/expires: (\d{4}-\d{2}-\d{2})/g)) {
      const daysLeft = (Date.parse(`${date}T00:00:00Z`) - Date.now()) / 86_400_000;
      expect(daysLeft, `${file}: expires: ${date} is too close or past; move the example date forward`).toBeGreaterThan(MARGIN_DAYS);
    }
  });
});
