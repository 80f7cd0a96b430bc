import path from 'node:path';
import { lintLive } from '../cli/live-options.js';
import { configureRun } from '../config/configured-run.js';
import { findConfigFile } from '../config/load-config.js';
import { parseTenantHost } from '../live/domain.js';
import { maskSecret, type ActionInputs, type LiveCredentials } from './inputs.js';
import type { ActionIo } from './io.js';
import type { Outcome } from './outcome.js';
import type { AccessChanges } from '../access/changes.js';
import { driftAccess } from './access-changes.js';

/**
 * Audits a live tenant through the same code as `a0lint --live`. The tenant is written as an API dump
 * (snapshot-file), which SARIF anchors live findings to, so that code scanning accepts them.
 */
export async function auditTenant(inputs: ActionInputs, live: LiveCredentials, io: ActionIo): Promise<Outcome> {
  const root = path.resolve(io.env.GITHUB_WORKSPACE ?? inputs.workingDirectory);
  const host = parseTenantHost(live.domain, '"domain"').hostPort;
  const snapshot = path.resolve(inputs.workingDirectory, inputs.snapshotFile ?? `a0lint-snapshots/${host.replace(/:/g, '_')}.json`);
  const configFile = inputs.config === undefined ? await findConfigFile(inputs.workingDirectory) : path.resolve(inputs.workingDirectory, inputs.config);
  const configured = await configureRun({ cwd: root, ...(configFile !== undefined ? { configFile } : {}) });
  const settings = configured.settingsFor(host);
  const linted = await lintLive(
    {
      live: true,
      domain: live.domain,
      ...(live.clientId !== undefined ? { 'client-id': live.clientId } : {}),
      ...(live.clientSecret !== undefined ? { 'client-secret': live.clientSecret } : {}),
      ...(live.accessToken !== undefined ? { 'access-token': live.accessToken } : {}),
      ...(live.customDomain !== undefined ? { 'custom-domain': live.customDomain } : {}),
      out: path.relative(root, snapshot),
    },
    [],
    // Only the Action's inputs choose the tenant and the credentials, never AUTH0_* variables of the job.
    { stderr: (text) => io.info(text.trimEnd()), cwd: root, env: testEnvironment(io.env), onSecret: (value) => maskSecret(io, value) },
    {
      rules: configured.lintRules,
      settingsFor: () => settings.rules,
      ...(settings.tenantDomain !== undefined ? { tenantDomain: settings.tenantDomain } : {}),
    },
  );
  const { result: audited } = await configured.finish(linted, { now: new Date() });
  let result = audited;
  let access: AccessChanges | undefined;
  if (inputs.compareWith !== undefined) {
    const committedPath = path.relative(root, path.resolve(inputs.workingDirectory, inputs.compareWith)) || '.';
    const committed = await configured.lint([committedPath], {});
    // A committed export that cannot be read completely fails the step: drift measured against part of it would mislead.
    if (committed.errors.length > 0) result = { ...result, errors: [...result.errors, ...committed.errors] };
    else access = driftAccess(host, committedPath, committed.targets[0]?.tenant, linted.targets[0]?.tenant);
  }
  return {
    result,
    ...(access ? { access } : {}),
    reported: result.findings,
    preexisting: [],
    fixed: 0,
    rules: configured.reportRules,
    notes: [`Audited ${host} live; its configuration as read is in ${linted.anchorFile ?? path.relative(root, snapshot)}.`],
    ...(linted.anchorFile !== undefined ? { anchorFile: linted.anchorFile } : {}),
  };
}

/** The variables live reads may honour: a CA bundle (self-hosted runners behind a proxy, tests) and test timings. */
function testEnvironment(env: ActionIo['env']): Record<string, string | undefined> {
  return { NODE_EXTRA_CA_CERTS: env.NODE_EXTRA_CA_CERTS, A0LINT_TEST_HTTP_SETTINGS: env.A0LINT_TEST_HTTP_SETTINGS };
}
