import { defineRule } from '../../src/engine/rule.js';
import { duration } from '../../src/engine/duration.js';
import docs from './README.md';

export interface Options {
  /** The longest access token lifetime, in seconds, an API may set. */
  readonly maxSeconds: number;
}

type MessageIds = 'tooLong' | 'webLonger';

export default defineRule<Options, MessageIds>({
  meta: {
    id: 'limit-token-lifetime',
    description: 'Keep access token lifetimes of APIs short (token_lifetime at most maxSeconds, token_lifetime_for_web at most token_lifetime)',
    defaultSeverity: 'warning',
    category: 'apis',
    precision: 'very-high',
    securitySeverity: 4.0,
    tags: ['security', 'tokens'],
    messages: {
      tooLong:
        'API "{{api}}" issues access tokens valid for {{duration}}, over the {{max}}-second limit. Its token_lifetime is {{seconds}} seconds: a leaked token ' +
        'stays usable that long, and access tokens cannot be revoked. Lower token_lifetime to {{max}} seconds or less and let applications use refresh tokens ' +
        'for long sessions.',
      webLonger:
        'API "{{api}}" lets browser tokens live longer than its other tokens. It sets token_lifetime_for_web ({{web}} seconds) above token_lifetime ' +
        '({{seconds}} seconds): tokens issued in the browser, the least protected place, would live longer than the others, and Auth0 requires it to be at most ' +
        'token_lifetime. Lower token_lifetime_for_web to {{seconds}} seconds or less.',
    },
    schema: {
      type: 'object',
      properties: {
        maxSeconds: { type: 'integer', minimum: 1, default: 86400, description: 'The longest token_lifetime, in seconds, an API may set.' },
      },
      additionalProperties: false,
    },
    defaultOptions: { maxSeconds: 86400 },
    docs,
  },
  check({ tenant, options, report }) {
    for (const api of tenant.resourceServers) {
      // Auth0 sets the lifetimes of its own APIs (Express Configuration ships 300 s with 7200 s for web).
      if (api.isSystem) continue;
      const lifetime = api.data.token_lifetime;
      const web = api.data.token_lifetime_for_web;
      const data = { api: api.name ?? api.key, max: options.maxSeconds };
      if (typeof lifetime === 'number' && lifetime > options.maxSeconds) {
        report({ entity: api, path: '/token_lifetime', messageId: 'tooLong', data: { ...data, seconds: lifetime, duration: duration(lifetime) } });
      }
      if (typeof lifetime === 'number' && typeof web === 'number' && web > lifetime) {
        report({ entity: api, path: '/token_lifetime_for_web', messageId: 'webLonger', data: { ...data, seconds: lifetime, web } });
      }
    }
  },
});
