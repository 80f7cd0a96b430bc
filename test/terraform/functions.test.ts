import { describe, expect, it } from 'vitest';
import { callFunction } from '../../src/terraform/functions.js';
import { Unknown, unknown } from '../../src/terraform/values.js';

describe('Terraform functions a0lint evaluates', () => {
  it('format with the verbs names and URLs use; other verbs and wrong counts stay unknown', () => {
    expect(callFunction('format', ['https://%s:%d/%v%%', 'login.example.com', 8443, true], 'format(...)')).toBe('https://login.example.com:8443/true%');
    expect(callFunction('format', ['%08.3f', 1.5], 'format(...)')).toBeInstanceOf(Unknown);
    expect(callFunction('format', ['%s-%s', 'a'], 'format(...)')).toBeInstanceOf(Unknown);
  });

  it('jsonencode sorts keys and escapes as Terraform does', () => {
    expect(callFunction('jsonencode', [{ b: '<a&b>', a: [1, { d: null, c: true }] }], 'jsonencode(...)')).toBe(
      '{"a":[1,{"c":true,"d":null}],"b":"\\u003ca\\u0026b\\u003e"}',
    );
  });

  it('replace with a plain substring; a /regular expression/ stays unknown', () => {
    expect(callFunction('replace', ['a-b-c', '-', '.'], 'replace(...)')).toBe('a.b.c');
    expect(callFunction('replace', ['a-b-c', '/-/', '.'], 'replace(...)')).toBeInstanceOf(Unknown);
  });

  it('an unknown argument is named as the cause, not the function', () => {
    const result = callFunction('format', ['https://%s/', unknown('var.domain', 'a variable without a default')], 'format("https://%s/", var.domain)');
    expect(result).toMatchObject({ cause: 'var.domain', why: 'a variable without a default' });
    expect(callFunction('nonsensitive', ['x'], 'nonsensitive("x")')).toBe('x');
    expect(callFunction('trimspace', [' x\n'], 'trimspace(...)')).toBe('x');
  });
});
