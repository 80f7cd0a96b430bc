import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  readLiveTenant,
  writeSnapshot
} from "./chunk-2SPZPREF.js";
import "./chunk-2JDWCX3F.js";
import {
  parseTenantHost
} from "./chunk-5GD2QN6T.js";
import "./chunk-IKUHQKPC.js";
import "./chunk-FXPDZIPA.js";
import "./chunk-7VWSDUZZ.js";
import "./chunk-3O7BZ777.js";
import "./chunk-GX3D6AB4.js";
import "./chunk-AWSW6I4B.js";
import "./chunk-TD6S3IHV.js";
import "./chunk-56AKXYQB.js";
import "./chunk-XZXQAQVD.js";
import {
  UsageError
} from "./chunk-RTYLSBLV.js";
import "./chunk-KHZTPSLG.js";

// src/cli/live-options.ts
function liveSource(values, positionals, io) {
  if (positionals.length > 0) throw new UsageError(`--live reads the tenant itself; leave out the input path(s) (got "${positionals[0]}")`);
  return sourceOf(values, io);
}
async function pull(values, positionals, io) {
  if (!values.live) throw new UsageError("pull needs --live (it reads a tenant through the Management API)");
  if (positionals.length > 0) throw new UsageError(`pull takes no input path (got "${positionals[0]}")`);
  if (values.out === void 0) throw new UsageError("pull needs --out <file> for the API dump");
  const snapshot = await readLiveTenant(sourceOf(values, io));
  const file = await writeSnapshot(snapshot, values.out, io.cwd);
  io.stderr(
    `a0lint: wrote ${snapshot.resource_servers.length} resource servers, ${snapshot.clients.length} clients and ${snapshot.client_grants.length} client grants of ${snapshot.domain} to ${file}
`
  );
  return 0;
}
function liveTarget(values, env) {
  const domain = values.domain ?? env.AUTH0_DOMAIN;
  if (!domain) throw new UsageError("--live needs the tenant domain: --domain example.eu.auth0.com or AUTH0_DOMAIN");
  const canonicalHost = parseTenantHost(domain, values.domain !== void 0 ? "--domain" : "AUTH0_DOMAIN").hostPort;
  const requestHost = values["custom-domain"] === void 0 ? void 0 : parseTenantHost(values["custom-domain"], "--custom-domain").hostPort;
  return { canonicalHost, ...requestHost !== void 0 ? { requestHost } : {}, credentials: credentialsOf(values, env) };
}
function credentialsOf(values, env) {
  const fromOptions = pick(values["client-id"], values["client-secret"], values["access-token"], "--client-id", "--client-secret", "--access-token");
  const chosen = fromOptions ?? pick(env.AUTH0_CLIENT_ID, env.AUTH0_CLIENT_SECRET, env.AUTH0_ACCESS_TOKEN, "AUTH0_CLIENT_ID", "AUTH0_CLIENT_SECRET", "AUTH0_ACCESS_TOKEN");
  if (!chosen) {
    throw new UsageError(
      "--live needs credentials: AUTH0_CLIENT_ID and AUTH0_CLIENT_SECRET (or --client-id/--client-secret) of an application with read:resource_servers, read:client_grants and read:clients, or a Management API token in AUTH0_ACCESS_TOKEN (--access-token)"
    );
  }
  return chosen;
}
function pick(id, secret, token, idName, secretName, tokenName) {
  if (token && (id || secret)) throw new UsageError(`give either ${tokenName} or ${idName} with ${secretName}, not both`);
  if (token) return { kind: "access-token", accessToken: token };
  if (id && !secret) throw new UsageError(`${idName} needs ${secretName}`);
  if (secret && !id) throw new UsageError(`${secretName} needs ${idName}`);
  return id && secret ? { kind: "client-credentials", clientId: id, clientSecret: secret } : void 0;
}
function sourceOf(values, io) {
  const target = liveTarget(values, io.env);
  return {
    host: target.canonicalHost,
    ...target.requestHost !== void 0 ? { requestHost: target.requestHost } : {},
    credentials: target.credentials,
    ...values.out !== void 0 ? { snapshotFile: values.out } : {},
    env: io.env,
    ...io.stderrIsTTY ? { progress: progressLine(io) } : {},
    ...io.clock ? { clock: io.clock } : {}
  };
}
function progressLine(io) {
  return ({ collection, page, items, total, done }) => {
    const count = total === void 0 ? `${items}` : `${items}/${total}`;
    io.stderr(`a0lint: ${collection}: page ${page + 1}, ${count} items${done ? ", done" : ""}
`);
  };
}
export {
  liveSource,
  pull,
  sourceOf
};
