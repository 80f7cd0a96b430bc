import { execFileSync } from 'node:child_process';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeGithubApi {
  readonly url: string;
  readonly requests: Array<{ readonly path: string; readonly headers: IncomingHttpHeaders }>;
  close(): Promise<void>;
}

/**
 * The two GitHub REST endpoints the Action reads a base commit through (git trees, recursive; git blobs), answered
 * from a real local repository in GitHub's response shapes, on loopback.
 */
export async function startFakeGithubApi(repository: string, owner: string): Promise<FakeGithubApi> {
  const requests: FakeGithubApi['requests'] = [];
  const git = (...args: string[]): Buffer => execFileSync('git', args, { cwd: repository });
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://fake');
    requests.push({ path: url.pathname + url.search, headers: request.headers });
    const send = (status: number, body: unknown): void => {
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      response.end(JSON.stringify(body));
    };
    const tree = new RegExp(`^/repos/${owner}/git/trees/([0-9a-f]{40})$`).exec(url.pathname);
    const blob = new RegExp(`^/repos/${owner}/git/blobs/([0-9a-f]{40})$`).exec(url.pathname);
    try {
      if (tree && url.searchParams.get('recursive')) {
        const entries = git('ls-tree', '-r', '-t', '-l', tree[1]!).toString('utf8').trim().split('\n').filter(Boolean).map((line) => {
          const [meta, file] = line.split('\t') as [string, string];
          const [mode, type, sha, size] = meta.split(/\s+/) as [string, string, string, string];
          return { path: file, mode, type, sha, ...(type === 'blob' ? { size: Number(size) } : {}), url: `http://fake/${type}s/${sha}` };
        });
        return send(200, { sha: tree[1], url: `http://fake/trees/${tree[1]}`, tree: entries, truncated: false });
      }
      if (blob) {
        const content = git('cat-file', 'blob', blob[1]!);
        return send(200, { sha: blob[1], node_id: 'B', size: content.length, url: `http://fake/blobs/${blob[1]}`, content: content.toString('base64'), encoding: 'base64' });
      }
    } catch {
      return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
    }
    send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
