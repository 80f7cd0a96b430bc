import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { PRESET_NAMES, presetSettings } from '../src/engine/presets.js';

describe('presets', () => {
  it('recommended holds every built-in rule at its default severity, and nothing else', () => {
    const settings = presetSettings(['recommended'], builtinRules);
    expect([...settings.keys()]).toEqual(builtinRules.map((rule) => rule.meta.id));
    for (const rule of builtinRules) expect(settings.get(rule.meta.id), rule.meta.id).toEqual({ severity: rule.meta.defaultSeverity });
  });

  it('recommended covers every rule of the catalog, whatever its category', () => {
    const ids = new Set(presetSettings(['recommended'], builtinRules).keys());
    expect(ids.size).toBe(builtinRules.length);
    expect(new Set(builtinRules.map((rule) => rule.meta.category)).size).toBeGreaterThan(1);
    for (const rule of builtinRules) expect(ids.has(rule.meta.id)).toBe(true);
  });

  it('strict raises notes to warnings and keeps the rest', () => {
    const settings = presetSettings(['recommended', 'strict'], builtinRules);
    for (const rule of builtinRules) {
      expect(settings.get(rule.meta.id)?.severity, rule.meta.id).toBe(rule.meta.defaultSeverity === 'note' ? 'warning' : rule.meta.defaultSeverity);
    }
  });

  it('no preset turns every rule off', () => {
    expect(new Set([...presetSettings([], builtinRules).values()].map((setting) => setting.severity))).toEqual(new Set(['off']));
  });

  it('every rule docs page says it is in recommended', () => {
    expect(PRESET_NAMES).toContain('recommended');
    for (const rule of builtinRules) expect(rule.meta.docs, rule.meta.id).toMatch(/In `recommended`: yes/);
  });
});
