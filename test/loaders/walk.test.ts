import { describe, expect, it } from 'vitest';
import { prepareText } from '../../src/loaders/keywords.js';
import { loadText } from '../../src/loaders/load-text.js';

/**
 * The walk skips per-value checks that no value of the text could match. These cases are the ways a value can hold
 * what its text does not show literally: escape sequences, and YAML line folding.
 */
function found(text: string, format: 'yaml' | 'api-dump') {
  const input = loadText(format === 'yaml' ? 'tenant.yaml' : 'dump.json', text, format);
  return {
    markers: input.markers.map(({ marker, origin }) => `${marker} ${origin.pointer}`),
    secrets: input.secrets.map(({ field, origin }) => `${field} ${origin.pointer}`),
  };
}

describe('finding markers and secrets in values', () => {
  it('finds a marker that a JSON escape spells', () => {
    const text = '{"clients": [{"name": "A", "callbacks": ["https://\\u0023\\u0023HOST\\u0023\\u0023/cb"]}]}';
    expect(found(text, 'api-dump').markers).toEqual(['##HOST## /clients/0/callbacks/0']);
  });

  it('finds markers in JSON strings, which are left as written', () => {
    const text = '{"clients": [{"name": "##APP##", "callbacks": ["@@URLS@@"]}]}';
    expect(prepareText(text, {}, 'json').text).toBe(text);
    expect(found(text, 'api-dump').markers).toEqual(['##APP## /clients/0/name', '@@URLS@@ /clients/0/callbacks/0']);
  });

  it('finds a PEM private key that YAML folding joins from two lines', () => {
    const text = 'clients:\n  - name: A\n    note: -----BEGIN RSA PRIVATE\n      KEY----- MIIB\n';
    expect(found(text, 'yaml').secrets).toEqual(['private key /clients/0/note']);
  });

  it('finds a private JSON Web Key whose field names are escaped', () => {
    const text = '{"clients": [{"name": "A", "jwks": {"k\\u0074y": "RSA", "\\u0064": "secret-part"}}]}';
    expect(found(text, 'api-dump').secrets).toEqual(['private key (JWK) /clients/0/jwks/d']);
  });

  it('finds nothing in text that holds none', () => {
    const text = '{"clients": [{"name": "A", "callbacks": ["https://a.example.org/cb"], "client_secret": ""}]}';
    expect(found(text, 'api-dump')).toEqual({ markers: [], secrets: [] });
  });
});
