import { defineRule, type AnyRule } from '../../engine/rule.js';
import { HOMEPAGE } from '../../engine/docs-url.js';
import expiredDocs from './expired-ignore.md';
import unusedDocs from './unused-ignore.md';
import weakenedDocs from './weakened-configuration.md';

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
        'An ignore entry for {{rule}} expired on {{expires}}. It covers {{kind}} "{{key}}"{{owner}} and no longer suppresses its findings. ' +
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
        'An ignore entry for {{rule}} suppressed no finding. It names {{kind}} "{{key}}". ' +
        'Delete it, or correct its rule or entity key so it names the finding you accept.',
    },
    docs: unusedDocs,
    docsUrl: CONFIG_DOCS,
  },
  check() {},
});

export const weakenedConfiguration = defineRule({
  meta: {
    id: 'weakened-configuration',
    description: "Review pull requests whose configuration checks less than the base branch's",
    defaultSeverity: 'warning',
    category: 'hygiene',
    precision: 'very-high',
    securitySeverity: 5.0,
    tags: ['configuration', 'suppressions', 'pull-request'],
    messages: {
      lowered:
        "The pull request's configuration checks less. For {{input}}: {{changes}}. " + 'Revert the change, or have an owner of the configuration accept it.',
      ignore:
        'The pull request adds or changes an ignore entry for {{rule}}. It covers {{kind}} "{{key}}"{{files}}; once merged it suppresses findings the base reports. ' +
        'Revert the entry, or have an owner of the configuration accept it.',
      customRuleAdded: 'The pull request adds a custom rule path. Once merged, the rules "{{glob}}" loads decide what is checked; review them.',
      customRuleRemoved:
        'The pull request removes a custom rule path. Once merged, the rules "{{glob}}" loaded no longer run; restore it or confirm they are retired.',
      mappings: 'Keyword mappings changed (their values decide what is checked; they are not shown). Review the change to the mappings.',
      options: 'The pull request changes the options of rule {{rule}}. a0lint cannot tell whether they check {{input}} less; review the new options.',
    },
    docs: weakenedDocs,
    docsUrl: `${HOMEPAGE}/blob/main/docs/security.md`,
  },
  check() {},
});

export const configRules: readonly AnyRule[] = [expiredIgnore, unusedIgnore, weakenedConfiguration];
