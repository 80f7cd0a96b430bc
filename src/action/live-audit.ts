import path from 'node:path';
import { lintProject } from '../app/lint.js';
import { parseTenantHost } from '../live/domain.js';
import type { Credentials } from '../live/token.js';
import { maskSecret, type ActionInputs, type LiveCredentials } from './inputs.js';
import type { ActionIo } from './io.js';
import type { Outcome } from './outcome.js';
import type { AccessChanges } from '../access/changes.js';
import { inputTargets, errorsOf } from '../engine/target.js';
import { driftAccess } from './access-changes.js';
import { openWorkspace } from './project.js';

/**
 * Audits a live tenant through the same application core as `a0lint --live`. The tenant is written as an API dump
 * (snapshot-file), which SARIF anchors live findings to, so that code scanning accepts them.
 */
export async function auditTenant(inputs: ActionInputs, live: LiveCredentials, io: ActionIo): Promise<Outcome> {
  const host = parseTenantHost(live.domain, '"domain"').hostPort;
  const requestHost = live.customDomain === undefined ? undefined : parseTenantHost(live.customDomain, '"custom-domain"').hostPort;
  const snapshot = path.resolve(inputs.workingDirectory, inputs.snapshotFile ?? `a0lint-snapshots/${host.replace(/:/g, '_')}.json`);
  const project = await openWorkspace(inputs, io);
  const root = project.cwd;
  const linted = await lintProject(project, {
    live: {
      host,
      ...(requestHost !== undefined ? { requestHost } : {}),
      credentials: credentialsOf(live),
      snapshotFile: path.relative(root, snapshot),
      // Only the Action's inputs choose the tenant and the credentials, never AUTH0_* variables of the job.
      env: testEnvironment(io.env),
      onSecret: (value) => maskSecret(io, value),
      ...(io.clock ? { clock: io.clock } : {}),
    },
    now: new Date(),
    ...(inputs.baseline !== undefined ? { baseline: inputs.baseline } : {}),
  });
  let targets = linted.targets;
  let access: AccessChanges | undefined;
  if (inputs.compareWith !== undefined) {
    const committedPath = path.relative(root, path.resolve(inputs.workingDirectory, inputs.compareWith)) || '.';
    const committed = await lintProject(project, { paths: [committedPath], now: new Date() });
    // A committed export that cannot be read completely fails the step: drift measured against part of it would mislead.
    if (errorsOf(committed.targets).length > 0)
      targets = [...targets, ...committed.targets.filter((target) => target.errors.length > 0).map((target) => ({ ...target, findings: [] }))];
    else access = driftAccess(host, committedPath, inputTargets(committed.targets)[0]?.tenant, inputTargets(linted.targets)[0]?.tenant);
  }
  return {
    targets,
    reported: targets,
    ...(access ? { access } : {}),
    preexisting: [],
    fixed: [],
    rules: linted.rules,
    notes: [`Audited ${host} live; its configuration as read is in ${linted.anchorFile ?? path.relative(root, snapshot)}.`, ...linted.notes],
    ...(linted.anchorFile !== undefined ? { anchorFile: linted.anchorFile } : {}),
  };
}

/** readInputs has checked that exactly one kind of credential is given. */
function credentialsOf(live: LiveCredentials): Credentials {
  if (live.accessToken !== undefined) return { kind: 'access-token', accessToken: live.accessToken };
  return { kind: 'client-credentials', clientId: live.clientId!, clientSecret: live.clientSecret! };
}

/** The variables live reads may honour: a CA bundle (self-hosted runners behind a proxy, tests) and test timings. */
function testEnvironment(env: ActionIo['env']): Record<string, string | undefined> {
  return { NODE_EXTRA_CA_CERTS: env.NODE_EXTRA_CA_CERTS, A0LINT_TEST_HTTP_SETTINGS: env.A0LINT_TEST_HTTP_SETTINGS };
}
