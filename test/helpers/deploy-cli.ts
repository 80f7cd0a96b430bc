import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import type { FakeApi } from '../fake-mgmt-api/server.js';

const DEPLOY_CLI = createRequire(import.meta.url).resolve('auth0-deploy-cli/lib/index.js');

/**
 * Runs the real auth0-deploy-cli (a dev dependency) to export the fake Management API's tenant: over HTTPS (domain
 * with a port, the test CA through NODE_EXTRA_CA_CERTS), limited to the sections in `included`.
 */
export function deployCliExport(api: FakeApi, format: 'yaml' | 'directory', folder: string, home: string, included: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [DEPLOY_CLI, 'export', '--format', format, '--output_folder', folder], {
      env: {
        PATH: process.env.PATH ?? '',
        HOME: home,
        AUTH0_DOMAIN: api.domain,
        AUTH0_CLIENT_ID: api.clientId,
        AUTH0_CLIENT_SECRET: api.clientSecret,
        AUTH0_INCLUDED_ONLY: JSON.stringify(included),
        NODE_EXTRA_CA_CERTS: api.caFile,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`deploy-cli export exited ${code}:\n${output}`))));
  });
}
