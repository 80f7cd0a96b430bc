import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { PRESET_NAMES, presetSettings } from '../src/engine/presets.js';

describe('presets', () => {
  it('recommended holds every rule a production tenant should pass at its default severity, and turns the strict-only rules off', () => {
    const settings = presetSettings(['recommended'], builtinRules);
    expect([...settings.keys()]).toEqual(builtinRules.map((rule) => rule.meta.id));
    for (const rule of builtinRules) {
      expect(settings.get(rule.meta.id), rule.meta.id).toEqual({ severity: rule.meta.preset === 'strict' ? 'off' : rule.meta.defaultSeverity });
    }
    const strictOnly = builtinRules.filter((rule) => rule.meta.preset === 'strict').map((rule) => rule.meta.id);
    expect(strictOnly).toEqual(expect.arrayContaining(['limit-session-lifetime', 'no-default-audience', 'require-log-streams']));
    expect(strictOnly.length).toBeLessThan(builtinRules.length / 2);
  });

  it('recommended spans every category of the catalog', () => {
    const on = builtinRules.filter((rule) => presetSettings(['recommended'], builtinRules).get(rule.meta.id)?.severity !== 'off');
    expect(new Set(on.map((rule) => rule.meta.category)).size).toBeGreaterThan(5);
  });

  it('strict turns every rule on, raises notes to warnings and keeps the rest', () => {
    for (const presets of [['recommended', 'strict'], ['strict']] as const) {
      const settings = presetSettings(presets, builtinRules);
      for (const rule of builtinRules) {
        expect(settings.get(rule.meta.id)?.severity, rule.meta.id).toBe(rule.meta.defaultSeverity === 'note' ? 'warning' : rule.meta.defaultSeverity);
      }
    }
  });

  it('no preset turns every rule off', () => {
    expect(new Set([...presetSettings([], builtinRules).values()].map((setting) => setting.severity))).toEqual(new Set(['off']));
  });

  it('every rule docs page says whether it is in recommended', () => {
    expect(PRESET_NAMES).toContain('recommended');
    for (const rule of builtinRules) {
      expect(rule.meta.docs, rule.meta.id).toMatch(rule.meta.preset === 'strict' ? /In `recommended`: no \(in `strict`\)/ : /In `recommended`: yes/);
    }
  });
});
