import type { AnyRule, Severity } from '../engine/rule.js';
import { ruleLink } from './links.js';
import { clip, markdownToText, ruleRationale } from './rule-docs.js';
import type { SarifReportingDescriptor } from './sarif-log.js';
import { sarifTemplate } from './sarif-messages.js';

/** GitHub rejects rule texts longer than this, and shows at most this many tags of a rule (and accepts 20). */
const MAX_TEXT = 1024;
const MAX_TAGS = 20;

/** The descriptor code scanning shows for a rule: all of it generated from the rule's metadata and docs page. */
export function ruleDescriptor(rule: AnyRule): SarifReportingDescriptor {
  const { meta } = rule;
  return {
    id: meta.id,
    name: pascalCase(meta.id),
    shortDescription: { text: clip(meta.description, MAX_TEXT) },
    fullDescription: { text: clip(markdownToText(ruleRationale(rule)), MAX_TEXT) },
    help: { text: markdownToText(meta.docs) || meta.description, markdown: meta.docs.trim() || meta.description },
    ...optionalHelpUri(ruleLink(meta.id, rule)),
    defaultConfiguration: { level: meta.defaultSeverity },
    messageStrings: Object.fromEntries(Object.entries(meta.messages).map(([id, template]) => [id, { text: sarifTemplate(template).messageString }])),
    properties: {
      tags: [...new Set(meta.tags)].slice(0, MAX_TAGS),
      precision: meta.precision,
      'security-severity': securitySeverity(meta.securitySeverity, meta.defaultSeverity),
      category: meta.category,
    },
  };
}

/**
 * For a finding whose rule is not among the rules passed in (a check a0lint runs on its own configuration, say):
 * code scanning still needs a descriptor with every required text.
 */
export function unknownRuleDescriptor(ruleId: string, severity: Severity): SarifReportingDescriptor {
  const text = `a0lint check ${ruleId}.`;
  return {
    id: ruleId,
    name: pascalCase(ruleId),
    shortDescription: { text },
    fullDescription: { text },
    help: { text: `See the a0lint documentation for ${ruleId}.` },
    ...optionalHelpUri(ruleLink(ruleId, undefined)),
    defaultConfiguration: { level: severity },
    properties: { tags: [], precision: 'high', 'security-severity': securitySeverity(undefined, severity) },
  };
}

const BY_SEVERITY: Readonly<Record<Severity, number>> = { error: 7, warning: 5, note: 2 };

/**
 * A number in (0, 10] written as a string with one decimal, as code scanning requires: a value it cannot parse
 * makes GitHub reject the whole upload, so a rule with an out-of-range value gets one derived from its severity.
 */
export function securitySeverity(value: number | undefined, severity: Severity): string {
  const usable = typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= 10;
  const rounded = usable ? Math.min(10, Math.max(0.1, Math.round(value * 10) / 10)) : BY_SEVERITY[severity];
  return rounded.toFixed(1);
}

function optionalHelpUri(url: string | undefined): { helpUri?: string } {
  return url === undefined ? {} : { helpUri: url };
}

function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}
