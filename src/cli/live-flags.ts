/**
 * Command-line options of live audits (`--live`, `pull --live`), merged into the CLI's option table. Kept apart
 * from the live audit itself so that parsing a command line does not load the HTTP client.
 */
export const LIVE_OPTIONS = {
  live: { type: 'boolean' },
  domain: { type: 'string' },
  'client-id': { type: 'string' },
  'client-secret': { type: 'string' },
  'access-token': { type: 'string' },
  'custom-domain': { type: 'string' },
  out: { type: 'string' },
} as const;

/** How inputs are read: shared by linting and access maps. */
export const INPUT_OPTIONS = {
  'input-format': { type: 'string' },
  'tenant-domain': { type: 'string' },
  mappings: { type: 'string' },
  'deploy-config': { type: 'string' },
  'max-file-size': { type: 'string' },
  'max-aliases': { type: 'string' },
} as const;
