import { open } from 'node:fs/promises';
import path from 'node:path';
import { presetSettings } from '../engine/presets.js';
import type { AnyRule } from '../engine/rule.js';
import { UsageError } from '../shared/errors.js';

/** An example ignore entry's expiry: a quarter from today, so that uncommenting it does not report it as expired. */
const EXAMPLE_EXPIRY_DAYS = 90;

/** The commented starter configuration `a0lint init` writes; every rule is listed, from its metadata. */
function starterConfig(rules: readonly AnyRule[], today = new Date()): string {
  const expires = new Date(today.getTime() + EXAMPLE_EXPIRY_DAYS * 86_400_000).toISOString().slice(0, 10);
  const width = Math.max(...rules.map((rule) => rule.meta.id.length));
  // The severities shown are what extends: [recommended] gives, so that uncommenting a line changes nothing; a rule
  // only strict turns on is off there, and says what strict gives it.
  const recommended = presetSettings(['recommended'], rules);
  const strict = presetSettings(['strict'], rules);
  const ruleLines = rules.map(({ meta }) => {
    const shown = recommended.get(meta.id)!.severity;
    const strictOnly = shown === 'off' ? `(strict: ${strict.get(meta.id)!.severity}) ` : '';
    return `  # ${`${meta.id}:`.padEnd(width + 1)} ${shown.padEnd(7)}  # ${strictOnly}${meta.description}`;
  });
  return `# a0lint configuration. Reference: https://github.com/a0lint/a0lint/blob/main/docs/configuration.md
# yaml-language-server: $schema=https://raw.githubusercontent.com/a0lint/a0lint/main/schemas/a0lint.schema.json

# recommended: the rules a production tenant should pass. strict: every rule, those marked (strict: …) too; notes warn.
extends: [recommended]

# Change a rule: off | note | warning | error, or [severity, { options }]. What recommended gives:
rules:
${ruleLines.join('\n')}

# Settings for some inputs only (globs relative to this file); later entries win.
# overrides:
#   - files: ['tenants/dev/**']
#     tenantDomain: example-dev.eu.auth0.com
#     rules:
#       prefer-require-client-grant: note

# The tenant's canonical domain (recognises its Management API), and deploy-cli keyword mappings:
# either KEY: value pairs or the path of a deploy-cli config.json.
# tenantDomain: example.eu.auth0.com
# mappings: ./config.json

# House rules without code: YAML files of declarative checks (docs/custom-rules.md).
# customRules: ['a0lint-rules/*.yml']

# Accepted findings. reason is required; after expires (YYYY-MM-DD) the entry stops suppressing and is reported.
# ignore:
#   - rule: prefer-require-client-grant
#     entity: { kind: resourceServer, key: 'https://legacy.example.com/*' }
#     reason: Legacy API, retired with the Q3 migration (SEC-123)
#     expires: ${expires}
#     owner: platform-team
`;
}

/** Writes .a0lint.yml in `cwd`; never overwrites an existing file. */
export async function writeStarterConfig(cwd: string, rules: readonly AnyRule[]): Promise<string> {
  const file = path.join(cwd, '.a0lint.yml');
  const handle = await open(file, 'wx').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EEXIST') throw new UsageError('.a0lint.yml already exists here; edit it, or delete it to start again');
    throw error;
  });
  try {
    await handle.writeFile(starterConfig(rules));
  } finally {
    await handle.close();
  }
  return '.a0lint.yml';
}
