import { describe, expect, it } from 'vitest';
import { splitMessage } from '../../src/shared/message-parts.js';

describe('splitMessage', () => {
  it('cuts a rule message after its first sentence, keeping the period', () => {
    const message =
      'Database connection "Username-Password-Authentication" accepts passwords of 6 characters, fewer than the required 8. ' +
      'Raise options.password_complexity_options.min_length.';
    expect(splitMessage(message)).toEqual({
      headline: 'Database connection "Username-Password-Authentication" accepts passwords of 6 characters, fewer than the required 8.',
      details: 'Raise options.password_complexity_options.min_length.',
    });
  });

  it('ends a sentence at any white space after its period: a line break, a tab, a no-break space', () => {
    for (const space of ['\n', '\t', '\u00a0', '\u3000']) {
      expect(splitMessage(`The grant is too wide.${space}Narrow it to read:users.`)).toEqual({
        headline: 'The grant is too wide.',
        details: 'Narrow it to read:users.',
      });
    }
    // And a URL runs up to such a space, not past it.
    for (const space of ['\n', '\u00a0']) expect(splitMessage(`Open https://example.com/a.${space}Then fix it.`).headline).toBe('Open https://example.com/a.');
  });

  it('does not cut inside a double-quoted name, which is user data', () => {
    const { headline, details } = splitMessage(
      'Client grant for "Acme Inc. Billing. Sync" on "https://api.example.com/" sets allow_all_scopes: true, so the application holds every scope. ' +
        'Replace allow_all_scopes with a scope list.',
    );
    expect(headline).toBe(
      'Client grant for "Acme Inc. Billing. Sync" on "https://api.example.com/" sets allow_all_scopes: true, so the application holds every scope.',
    );
    expect(details).toBe('Replace allow_all_scopes with a scope list.');
  });

  it('does not cut inside a URL, and a period closing a URL ends the sentence', () => {
    const message = 'Application "Portal" lists http://app.example.com/cb.html?x=1. in callbacks with plain http://. Change it to https://.';
    expect(splitMessage(message).headline).toBe('Application "Portal" lists http://app.example.com/cb.html?x=1. in callbacks with plain http://.');
    expect(splitMessage('Application "Portal" lists www.example.com. Remove it.')).toEqual({
      headline: 'Application "Portal" lists www.example.com.',
      details: 'Remove it.',
    });
  });

  it('does not cut after an abbreviation, a decimal number or a version followed by lower case', () => {
    expect(splitMessage('Use a scope name from the reference (e.g. read:users, i.e. a read scope) or remove it. Details.').headline).toBe(
      'Use a scope name from the reference (e.g. read:users, i.e. a read scope) or remove it.',
    );
    expect(splitMessage('Action "sync" runs on node12 (Node.js 12.22), older than Node.js 18. Set runtime to node18.')).toEqual({
      headline: 'Action "sync" runs on node12 (Node.js 12.22), older than Node.js 18.',
      details: 'Set runtime to node18.',
    });
    expect(splitMessage('The grant targets the Management API v2. and later versions accept it. Fix it.').headline).toBe(
      'The grant targets the Management API v2. and later versions accept it.',
    );
  });

  it('ends a sentence before a lower-case word that is not after a number', () => {
    expect(
      splitMessage('The token this live audit used can read application secrets and keys (read:client_keys). a0lint never asks for them; remove these scopes.'),
    ).toEqual({
      headline: 'The token this live audit used can read application secrets and keys (read:client_keys).',
      details: 'a0lint never asks for them; remove these scopes.',
    });
  });

  it('skips backquoted code and keeps a one-sentence message whole', () => {
    expect(splitMessage('Add KEY to `mappings. in` .a0lint.yml. Then rerun.').headline).toBe('Add KEY to `mappings. in` .a0lint.yml.');
    expect(splitMessage('  Enable it.  ')).toEqual({ headline: 'Enable it.', details: '' });
    expect(splitMessage('No period at all')).toEqual({ headline: 'No period at all', details: '' });
  });

  it('treats a lone double quote as an ordinary character', () => {
    expect(splitMessage('Application "Bob\'s app lists a URL. Remove it.')).toEqual({
      headline: 'Application "Bob\'s app lists a URL.',
      details: 'Remove it.',
    });
  });

  it('keeps line breaks out of the split: details are trimmed', () => {
    expect(splitMessage('Hook "h" is enabled.\n  Rewrite it as an Action.')).toEqual({
      headline: 'Hook "h" is enabled.',
      details: 'Rewrite it as an Action.',
    });
  });
});

describe('splitMessage on the built-in rules’ messages', () => {
  it('cuts each message where its template’s first sentence ends, whatever sentences a quoted name holds', async () => {
    const { builtinRules } = await import('../../rules/index.js');
    const { fill } = await import('../../src/engine/run-rules.js');
    const tricky = 'Acme Inc. Portal. v2. e.g. https://x.example.com. www.example.org. Done.';
    let checked = 0;
    for (const rule of builtinRules) {
      for (const [id, template] of Object.entries(rule.meta.messages)) {
        const data: Record<string, string> = {};
        for (const [, name] of template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) data[name!] = template.includes(`"{{${name}}}"`) ? tricky : 'value';
        const expected = splitMessage(template);
        const actual = splitMessage(fill(template, data));
        expect(actual.headline, `${rule.meta.id}.${id}`).toBe(fill(expected.headline, data));
        expect(actual.details, `${rule.meta.id}.${id}`).toBe(fill(expected.details, data));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});
