import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import baselineSchema from '../../schemas/a0lint-baseline.schema.json' with { type: 'json' };
import ruleFileSchema from '../../schemas/a0lint-rules.schema.json' with { type: 'json' };
import configSchema from '../../schemas/a0lint.schema.json' with { type: 'json' };
import packageJson from '../../package.json' with { type: 'json' };
import { PRESET_NAMES } from '../../src/engine/presets.js';
import { SEVERITIES } from '../../src/engine/rule.js';
import { COLLECTIONS } from '../../src/custom-rules/views.js';

describe('shipped JSON schemas', () => {
  it.each([
    ['a0lint.schema.json', configSchema],
    ['a0lint-rules.schema.json', ruleFileSchema],
    ['a0lint-baseline.schema.json', baselineSchema],
  ])('%s is a valid draft-07 schema', (_name, schema) => {
    expect(() => new Ajv({ strict: true, strictTuples: false, allowUnionTypes: true }).compile(schema)).not.toThrow();
  });

  it('ship in the package', () => {
    expect(packageJson.files).toContain('schemas/a0lint*.schema.json');
  });

  it('name the presets, severities and collections the code knows', () => {
    expect(configSchema.properties.extends.items.enum).toEqual([...PRESET_NAMES]);
    expect(configSchema.definitions.severity.enum).toEqual(['off', ...[...SEVERITIES].reverse()]);
    expect(ruleFileSchema.properties.rules.items.properties.collection.enum).toEqual([...COLLECTIONS]);
  });
});
