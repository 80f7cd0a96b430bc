import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { snapshotToDump } from '../../src/live/to-input.js';
import { loadText } from '../../src/loaders/load-text.js';
import { buildTenant } from '../../src/model/build-tenant.js';
import { FORMATS } from '../../src/report/formats.js';
import { startFakeApi } from '../fake-mgmt-api/server.js';
import { makeTenant } from '../fake-mgmt-api/tenant.js';
import { WHOLE_TENANT_SCOPES, withWholeTenant } from '../fake-mgmt-api/whole-tenant.js';
import { runCli } from '../helpers/run-cli.js';
import { VirtualClock } from '../helpers/virtual-clock.js';
import { liveEnv } from '../live/helpers.js';

/**
 * An event stream's destination settings: where and how it delivers reaches the model (the webhook's scheme, host and
 * port; the authorization method), its credentials and the secret-bearing parts of the URL never do, nor any output.
 */
const CANARIES = {
  token: 'Q7cnryStreamTokenZ1',
  password: 'Q7cnryStreamPasswordZ2',
  username: 'Q7cnryStreamUserZ3',
  header: 'Q7cnryStreamHeaderZ4',
  userinfo: 'Q7cnryUrlUserinfoZ5',
  path: 'Q7cnryUrlPathKeyZ6',
  query: 'Q7cnryUrlQueryZ7',
  fragment: 'Q7cnryUrlFragmentZ8',
} as const;
const VALUES = Object.values(CANARIES);
const leaks = (text: string): string[] => VALUES.filter((value) => text.includes(value));

const TENANT = `eventStreams:
  - name: CRM sync
    status: enabled
    subscriptions: [{ event_type: user.created }]
    destination:
      type: webhook
      configuration:
        webhook_endpoint: https://sync:${CANARIES.userinfo}@hooks.example.com:8443/services/${CANARIES.path}?key=${CANARIES.query}#${CANARIES.fragment}
        webhook_authorization:
          method: bearer
          token: ${CANARIES.token}
  - name: Audit copy
    status: enabled
    subscriptions: [{ event_type: user.deleted }]
    destination:
      type: webhook
      configuration:
        webhook_endpoint: http://audit.internal.example.com/events
        webhook_authorization: { method: basic, username: ${CANARIES.username}, password: ${CANARIES.password} }
  - name: Header auth
    status: disabled
    subscriptions: [{ event_type: user.updated }]
    destination:
      type: webhook
      configuration:
        webhook_endpoint: "##STREAM_URL##"
        webhook_authorization: { method: custom_header, header_key: X-Api-Key, header_value: ${CANARIES.header} }
  - name: Bridge
    status: enabled
    subscriptions: [{ event_type: user.created }]
    destination:
      type: eventbridge
      configuration: { aws_account_id: "123456789012", aws_region: us-east-1 }
`;

describe('event stream destination settings', () => {
  const tenant = buildTenant(loadText('tenant.yaml', TENANT, 'yaml'));
  const configurations = tenant.posture.eventStreams.map((stream) => (stream.data.destination as { configuration: unknown }).configuration);

  it('keep the webhook origin and the authorization method, and nothing of the credentials or the URL beyond its host', () => {
    expect(configurations).toEqual([
      { webhook_endpoint: 'https://hooks.example.com:8443', webhook_authorization: { method: 'bearer' } },
      { webhook_endpoint: 'http://audit.internal.example.com', webhook_authorization: { method: 'basic' } },
      // A keyword marker is no URL: the endpoint is known to be set, not what it is.
      { webhook_endpoint: true, webhook_authorization: { method: 'custom_header' } },
      // Other destinations' settings stay names only.
      { aws_account_id: true, aws_region: true },
    ]);
    expect(tenant.posture.eventStreams[0]!.secretFields).toEqual(
      expect.arrayContaining(['/destination/configuration/webhook_endpoint', '/destination/configuration/webhook_authorization']),
    );
    expect(leaks(JSON.stringify(tenant.posture))).toEqual([]);
  });

  it('a pulled dump keeps the same and no more', () => {
    const dump = snapshotToDump({
      domain: 'example.eu.auth0.com',
      resource_servers: [],
      clients: [],
      client_grants: [],
      token: { scopes: ['read:event_streams'], from: 'token-response' },
      posture: {
        event_streams: [
          {
            id: 'est_1',
            name: 'CRM sync',
            destination: {
              type: 'webhook',
              configuration: {
                webhook_endpoint: `https://hooks.example.com:8443/services/${CANARIES.path}?key=${CANARIES.query}`,
                webhook_authorization: { method: 'bearer', token: CANARIES.token },
              },
            },
          },
        ],
      },
    });
    expect(leaks(dump)).toEqual([]);
    expect(JSON.parse(dump)).toMatchObject({
      event_streams: [{ destination: { configuration: { webhook_endpoint: 'https://hooks.example.com:8443', webhook_authorization: { method: 'bearer' } } } }],
    });
  });

  it('no output format carries a credential', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'a0lint-event-streams-'));
    writeFileSync(path.join(dir, 'tenant.yaml'), TENANT);
    for (const format of Object.keys(FORMATS)) {
      const run = await runCli(['tenant.yaml', '--format', format, '--fail-on', 'none'], { cwd: dir });
      expect(run.code, run.stderr).toBe(0);
      expect(leaks(run.stdout + run.stderr), format).toEqual([]);
    }
  });

  it('a live read keeps the same: the pulled dump and the live report hold the origin and method, not the token or path', async () => {
    const api = await startFakeApi({ clock: new VirtualClock(), tenant: (domain) => withWholeTenant(makeTenant(domain)), scopes: WHOLE_TENANT_SCOPES });
    try {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'a0lint-event-streams-live-'));
      const pull = await runCli(['pull', '--live', '--out', 'pulled.json'], { cwd: dir, env: liveEnv(api), clock: api.clock });
      expect(pull.code, pull.stderr).toBe(0);
      const pulled = await readFile(path.join(dir, 'pulled.json'), 'utf8');
      const streams = (JSON.parse(pulled) as { event_streams: Array<{ destination: { configuration: unknown } }> }).event_streams;
      expect(streams.map((stream) => stream.destination.configuration)).toEqual([
        { webhook_endpoint: 'https://hooks.example.com', webhook_authorization: { method: 'bearer' } },
      ]);
      const report = await runCli(['--live', '--format', 'json', '--fail-on', 'none'], { cwd: dir, env: liveEnv(api), clock: api.clock });
      for (const text of [pulled, report.stdout, report.stderr]) {
        expect(text).not.toContain('fake-event-stream-token');
        expect(text).not.toContain('hooks.example.com/auth0');
      }
    } finally {
      await api.close();
    }
  });
});
