// Loaded with `node --import` into the a0lint process the fleet bench times: at exit it writes, on stderr, where the
// process's CPU went (Linux /proc; seconds of user + system time). The main thread and V8's helper threads (garbage
// collection, the optimising compiler), which live to the end, are read one by one; worker threads have ended by
// then, and the kernel keeps their time in the process's total, so theirs is the total less the threads still there.
// Worker threads load this file too (they inherit the flags): they only keep out of the way.
import { readdirSync, readFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

if (isMainThread) {
  let workers = 0;
  process.on('worker', () => workers++);
  process.on('exit', () => {
    const ticks = (file) => {
      const fields = readFileSync(file, 'utf8');
      const after = fields.slice(fields.lastIndexOf(')') + 2).split(' ');
      return Number(after[11]) + Number(after[12]);
    };
    const total = ticks('/proc/self/stat');
    const main = ticks(`/proc/self/task/${process.pid}/stat`);
    let others = 0;
    for (const task of readdirSync('/proc/self/task')) if (task !== String(process.pid)) others += ticks(`/proc/self/task/${task}/stat`);
    const hz = 100;
    process.stderr.write(`@@threads ${workers} ${main / hz} ${Math.max(0, total - main - others) / hz} ${others / hz}\n`);
  });
}
