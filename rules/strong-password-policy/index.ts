import { defineRule } from '../../src/engine/rule.js';
import { dig, isRecord, label } from '../../src/model/posture/values.js';
import docs from './README.md';

/** Auth0's password strength levels, weakest first (Auth0 docs, Password Strength). */
const LEVELS = ['none', 'low', 'fair', 'good', 'excellent'] as const;
type Level = (typeof LEVELS)[number];

export interface Options {
  readonly minimumPolicy: Level;
  readonly minimumLength: number;
  readonly requireHistory: boolean;
  readonly requireDictionary: boolean;
  readonly requireNoPersonalInfo: boolean;
}

/** What each option's absence allows; Auth0 creates database connections with all three off. */
const OPTION_EFFECTS = {
  password_history: 'a user told to change a leaked password can set it again',
  password_dictionary: 'common passwords such as "Password1!" are accepted',
  password_no_personal_info: "passwords may contain the user's name or email",
} as const;

type MessageIds = 'weakPolicy' | 'shortLength' | 'noHistory' | 'noDictionary' | 'personalInfo' | 'missing';

export default defineRule<Options, MessageIds>({
  meta: {
    id: 'strong-password-policy',
    description: 'Give database connections a strong password policy: strength level, length, history, dictionary and no personal data',
    defaultSeverity: 'warning',
    category: 'authentication',
    precision: 'high',
    securitySeverity: 5.0,
    tags: ['security', 'passwords', 'connections'],
    requires: ['databases'],
    messages: {
      weakPolicy:
        'Database connection "{{name}}" has password strength "{{policy}}", below "{{minimum}}". Users can choose passwords that guessing and ' +
        'credential stuffing break quickly. Set options.passwordPolicy to "{{minimum}}" or stronger.',
      shortLength:
        'Database connection "{{name}}" accepts passwords of {{length}} characters, below {{minimum}}. Short passwords fall to guessing first. Raise ' +
        'options.password_complexity_options.min_length to {{minimum}} or more.',
      noHistory:
        'Database connection "{{name}}" does not keep a password history. Without options.password_history, a user forced to change a leaked password ' +
        'can set it again. Enable it with a size of at least 5.',
      noDictionary:
        'Database connection "{{name}}" does not refuse common passwords. Without options.password_dictionary, "Password1!" passes every complexity ' +
        'rule. Enable the dictionary.',
      personalInfo:
        'Database connection "{{name}}" allows personal data in passwords. options.password_no_personal_info is off, so a password may ' +
        "hold the user's name, email or username: the first guesses an attacker makes. Enable password_no_personal_info.",
      missing:
        'Database connection "{{name}}" leaves its password checks off. It sets none of {{options}} in its options: {{effects}}. Add them with ' +
        'enable: true (Dashboard: Authentication → Database → Password Policy).',
    },
    schema: {
      type: 'object',
      properties: {
        minimumPolicy: { enum: [...LEVELS], default: 'good', description: 'The weakest passwordPolicy accepted.' },
        minimumLength: { type: 'integer', minimum: 1, default: 8, description: 'The shortest min_length accepted, when the connection writes one.' },
        requireHistory: { type: 'boolean', default: true, description: 'Require password_history to be enabled.' },
        requireDictionary: { type: 'boolean', default: true, description: 'Require password_dictionary to be enabled.' },
        requireNoPersonalInfo: { type: 'boolean', default: true, description: 'Require password_no_personal_info to be enabled.' },
      },
      additionalProperties: false,
    },
    defaultOptions: { minimumPolicy: 'good', minimumLength: 8, requireHistory: true, requireDictionary: true, requireNoPersonalInfo: true },
    docs,
  },
  check({ tenant, options, report }) {
    for (const connection of tenant.posture.connections) {
      if (!connection.isDatabase || !isRecord(connection.data.options)) continue;
      const options_ = connection.data.options;
      const name = label(connection);
      const at = (path: string, messageId: MessageIds, data: Record<string, string | number> = {}): void =>
        report({ entity: connection, path, messageId, data: { name, ...data } });
      // null is what the API returns for the Dashboard's "None" (any single character); absent is not guessed.
      const policy = options_.passwordPolicy === null ? 'none' : options_.passwordPolicy;
      const level = typeof policy === 'string' ? LEVELS.indexOf(policy as Level) : -1;
      if (level !== -1 && level < LEVELS.indexOf(options.minimumPolicy))
        at('/options/passwordPolicy', 'weakPolicy', { policy: policy as string, minimum: options.minimumPolicy });
      const length = dig(options_, 'password_complexity_options', 'min_length');
      if (typeof length === 'number' && length < options.minimumLength) {
        at('/options/password_complexity_options/min_length', 'shortLength', { length, minimum: options.minimumLength });
      }
      const missing: Array<keyof typeof OPTION_EFFECTS> = [];
      const wanted = [
        [options.requireHistory, 'password_history', 'noHistory'],
        [options.requireDictionary, 'password_dictionary', 'noDictionary'],
        [options.requireNoPersonalInfo, 'password_no_personal_info', 'personalInfo'],
      ] as const;
      for (const [required, option, messageId] of wanted) {
        if (!required) continue;
        const value = options_[option];
        // Written but not enabled: reported where it stands. Absent: gathered into one finding about the options.
        if (isRecord(value)) {
          if (value.enable !== true) at(`/options/${option}/enable`, messageId);
        } else missing.push(option);
      }
      if (missing.length > 0) {
        at('/options', 'missing', { options: missing.join(', '), effects: missing.map((option) => OPTION_EFFECTS[option]).join('; ') });
      }
    }
  },
});
