import { execFileSync } from 'node:child_process';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: 'Bot' | 'User' };
}

export interface FakeGithubApi {
  readonly url: string;
  readonly requests: Array<{ readonly method: string; readonly path: string; readonly headers: IncomingHttpHeaders }>;
  /** The pull requests' comments, by issue number, as the issue-comment endpoints see them. */
  readonly comments: Map<number, FakeComment[]>;
  /** Answer every comment write with 403, as GitHub does for the read-only token of a run for a fork. */
  readOnly: boolean;
  close(): Promise<void>;
}

/**
 * The GitHub REST endpoints the Action uses, on loopback in GitHub's response shapes: git trees (recursive) and
 * blobs, answered from a real local repository, to read a base commit; and a pull request's issue comments (list,
 * create, update), kept in memory, for the pull-request comment.
 */
export async function startFakeGithubApi(repository: string, owner: string): Promise<FakeGithubApi> {
  const requests: FakeGithubApi['requests'] = [];
  const comments = new Map<number, FakeComment[]>();
  let nextComment = 1000;
  const git = (...args: string[]): Buffer => execFileSync('git', args, { cwd: repository });
  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://fake');
    requests.push({ method: request.method ?? 'GET', path: url.pathname + url.search, headers: request.headers });
    const send = (status: number, body: unknown): void => {
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      response.end(JSON.stringify(body));
    };
    const listed = new RegExp(`^/repos/${owner}/issues/(\\d+)/comments$`).exec(url.pathname);
    const single = new RegExp(`^/repos/${owner}/issues/comments/(\\d+)$`).exec(url.pathname);
    if (listed || single) {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const body = chunks.length > 0 ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { body?: string }).body : undefined;
      if (request.method !== 'GET' && api.readOnly) return send(403, { message: 'Resource not accessible by integration', status: '403' });
      if (listed && request.method === 'GET') {
        const all = comments.get(Number(listed[1])) ?? [];
        const perPage = Number(url.searchParams.get('per_page') ?? 30);
        const page = Number(url.searchParams.get('page') ?? 1);
        return send(200, all.slice((page - 1) * perPage, page * perPage));
      }
      if (listed && request.method === 'POST' && typeof body === 'string') {
        const comment: FakeComment = { id: nextComment++, body, user: { login: 'github-actions[bot]', type: 'Bot' } };
        comments.set(Number(listed[1]), [...(comments.get(Number(listed[1])) ?? []), comment]);
        return send(201, comment);
      }
      const existing = single ? [...comments.values()].flat().find((comment) => comment.id === Number(single[1])) : undefined;
      if (existing && request.method === 'PATCH' && typeof body === 'string') {
        if (existing.user.type !== 'Bot') return send(403, { message: 'Resource not accessible by integration', status: '403' });
        existing.body = body;
        return send(200, existing);
      }
      return send(existing ? 422 : 404, { message: existing ? 'Validation Failed' : 'Not Found', status: existing ? '422' : '404' });
    }
    const tree = new RegExp(`^/repos/${owner}/git/trees/([0-9a-f]{40})$`).exec(url.pathname);
    const blob = new RegExp(`^/repos/${owner}/git/blobs/([0-9a-f]{40})$`).exec(url.pathname);
    try {
      if (tree && url.searchParams.get('recursive')) {
        const entries = git('ls-tree', '-r', '-t', '-l', tree[1]!)
          .toString('utf8')
          .trim()
          .split('\n')
          .filter(Boolean)
          .map((line) => {
            const [meta, file] = line.split('\t') as [string, string];
            const [mode, type, sha, size] = meta.split(/\s+/) as [string, string, string, string];
            return { path: file, mode, type, sha, ...(type === 'blob' ? { size: Number(size) } : {}), url: `http://fake/${type}s/${sha}` };
          });
        return send(200, { sha: tree[1], url: `http://fake/trees/${tree[1]}`, tree: entries, truncated: false });
      }
      if (blob) {
        const content = git('cat-file', 'blob', blob[1]!);
        return send(200, {
          sha: blob[1],
          node_id: 'B',
          size: content.length,
          url: `http://fake/blobs/${blob[1]}`,
          content: content.toString('base64'),
          encoding: 'base64',
        });
      }
    } catch {
      return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
    }
    send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
  };
  // A handler that throws answers 500, so the Action under test sees a failed request instead of a hang.
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500);
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const api: FakeGithubApi = {
    url: `http://127.0.0.1:${port}`,
    requests,
    comments,
    readOnly: false,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  return api;
}
