import { defineRule, type AnyRule } from '../../engine/rule.js';
import { HOMEPAGE } from '../../engine/docs-url.js';
import expiredDocs from './expired-ignore.md';
import unusedDocs from './unused-ignore.md';

/**
 * Findings about the configuration itself. They are ordinary rules so severity settings, reporters and SARIF
 * descriptors treat them like any other, but they look at `ignore` entries after the run, not at the tenant, so
 * their check finds nothing in the model: src/config/ignores.ts reports them.
 */
const CONFIG_DOCS = `${HOMEPAGE}/blob/main/docs/configuration.md#ignore`;

export const expiredIgnore = defineRule({
  meta: {
    id: 'expired-ignore',
    description: 'Renew or remove ignore entries whose expiry date has passed',
    defaultSeverity: 'warning',
    category: 'hygiene',
    precision: 'very-high',
    securitySeverity: 4.0,
    tags: ['configuration', 'suppressions'],
    messages: {
      expired:
        'This ignore entry for {{rule}} on {{kind}} "{{key}}" expired on {{expires}}{{owner}}, so it no longer suppresses findings. ' +
        'Fix the findings it covered and delete the entry, or renew it with a new expires date and reason.',
    },
    docs: expiredDocs,
    docsUrl: CONFIG_DOCS,
  },
  check() {},
});

export const unusedIgnore = defineRule({
  meta: {
    id: 'unused-ignore',
    description: 'Remove ignore entries that suppress no finding',
    defaultSeverity: 'warning',
    category: 'hygiene',
    precision: 'very-high',
    securitySeverity: 2.0,
    tags: ['configuration', 'suppressions'],
    messages: {
      unused:
        'This ignore entry for {{rule}} on {{kind}} "{{key}}" suppressed no finding. ' +
        'Delete it, or correct its rule or entity key so it names the finding you accept.',
    },
    docs: unusedDocs,
    docsUrl: CONFIG_DOCS,
  },
  check() {},
});

export const configRules: readonly AnyRule[] = [expiredIgnore, unusedIgnore];
