// The entry of the bundle bounded-cli.ts starts as a worker thread: it runs the CLI once per message, with the
// output captured, and answers with the exit code and the output.
import { parentPort } from 'node:worker_threads';
import { main } from '../../src/cli/main.js';

export interface WorkerRequest {
  readonly args: readonly string[];
  readonly cwd: string;
  readonly env: Readonly<Record<string, string>>;
}

parentPort?.on('message', (request: WorkerRequest) => {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: (text: string) => (stdout += text),
    stderr: (text: string) => (stderr += text),
    cwd: request.cwd,
    env: request.env,
    stdoutIsTTY: false,
    stderrIsTTY: false,
  };
  void main(request.args, io).then((code) => parentPort?.postMessage({ code, stdout, stderr }));
});
