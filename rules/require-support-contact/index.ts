import { defineRule } from '../../src/engine/rule.js';
import { hasUnresolvedMarker } from '../../src/model/management-api.js';
import { urlParts } from '../../src/model/client-urls.js';
import { asString } from '../../src/model/posture/values.js';
import docs from './README.md';

export interface Options {
  readonly requireEmail: boolean;
  readonly requireUrl: boolean;
}

type MessageIds = 'noEmail' | 'noUrl' | 'badEmail' | 'badUrl';

export default defineRule<Options, MessageIds>({
  meta: {
    id: 'require-support-contact',
    description: 'Give the tenant a support email and an https:// support URL, so users locked out know where to turn',
    defaultSeverity: 'note',
    category: 'tenant',
    precision: 'high',
    securitySeverity: 1.5,
    tags: ['tenant', 'support', 'production'],
    requires: ['tenant'],
    preset: 'strict',
    messages: {
      noEmail:
        'The tenant has no support email (support_email). Auth0 shows it to users on its login pages and in its emails; without it a user who cannot ' +
        'sign in has no official address to ask for help. Set support_email (Dashboard: Settings → General).',
      noUrl:
        'The tenant has no support URL (support_url). Users who hit a login problem have no official page to turn to. Set support_url to your help page ' +
        '(Dashboard: Settings → General).',
      badEmail: 'The tenant\'s support email "{{email}}" is not an email address. Set support_email to an address your support team reads.',
      badUrl:
        'The tenant\'s support URL "{{url}}" is not an https:// address. Browsers may not open it as a link, or open it in plain text where it can be ' +
        'altered. Set support_url to the full https:// address of your help page.',
    },
    schema: {
      type: 'object',
      properties: {
        requireEmail: { type: 'boolean', default: true, description: 'Report an empty support_email.' },
        requireUrl: { type: 'boolean', default: true, description: 'Report an empty support_url.' },
      },
      additionalProperties: false,
    },
    defaultOptions: { requireEmail: true, requireUrl: true },
    docs,
  },
  check({ tenant, options, report }) {
    const settings = tenant.posture.settings;
    if (!settings) return;
    // An empty value is "not set"; an absent one is unknown: hand-written exports leave out what they do not manage.
    const field = (name: string): string | undefined => asString(settings.data[name])?.trim();
    const email = field('support_email');
    if (email === '') {
      if (options.requireEmail) report({ entity: settings, path: '/support_email', messageId: 'noEmail' });
    } else if (email !== undefined && !hasUnresolvedMarker(email) && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
      report({ entity: settings, path: '/support_email', messageId: 'badEmail', data: { email } });
    }
    const url = field('support_url');
    if (url === '') {
      if (options.requireUrl) report({ entity: settings, path: '/support_url', messageId: 'noUrl' });
      return;
    }
    if (url === undefined) return;
    const parts = urlParts(url);
    if (!parts.unresolved && (parts.scheme !== 'https' || !parts.host)) report({ entity: settings, path: '/support_url', messageId: 'badUrl', data: { url } });
  },
});
