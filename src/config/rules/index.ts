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
        'This ignore entry for {{rule}} on {{kind}} "{{key}}" expired on {{expires}}{{owner}}. It no longer suppresses findings. ' +
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
        "The pull request's configuration checks {{input}} less. Changed: {{changes}}. " +
        'Revert the change, or have an owner of the configuration accept it.',
      ignore:
        'New or changed ignore entry: rule {{rule}}, {{kind}} {{key}}{{files}}. Once merged it suppresses findings the base reports. ' +
        'Revert the entry, or have an owner of the configuration accept it.',
      customRuleAdded: 'New custom rule path: {{glob}}. The rules it loads decide what is checked once merged; review them.',
      customRuleRemoved: 'Custom rule path removed: {{glob}}. Once merged its rules no longer run; restore it or confirm they are retired.',
      mappings: 'Keyword mappings changed (their values decide what is checked; they are not shown). Review the change to the mappings.',
      options:
        "For {{input}}, the options of rule {{rule}} changed in the pull request's configuration; a0lint cannot tell whether they check less. " +
        'Review the new options.',
    },
    docs: weakenedDocs,
    docsUrl: `${HOMEPAGE}/blob/main/docs/security.md`,
  },
  check() {},
});

export const configRules: readonly AnyRule[] = [expiredIgnore, unusedIgnore, weakenedConfiguration];
