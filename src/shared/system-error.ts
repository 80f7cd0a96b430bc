import { existsSync } from 'node:fs';
import path from 'node:path';

const WORDS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'not permitted',
  ENOSPC: 'no space left on the device',
  EROFS: 'the file system is read-only',
  EMFILE: 'too many open files',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the name is too long',
  EIO: 'input/output error',
};

/** A file system error in plain words (`no such file or folder`), the code kept only when there are none for it. */
export function systemErrorWords(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  return (code !== undefined && WORDS[code]) || code || message;
}

/** A missing file that exists with the other YAML ending: ` (did you mean tenant.yaml?)`; else ''. */
export function otherYamlEnding(file: string, cwd: string): string {
  const other = /\.yml$/i.test(file) ? file.replace(/\.yml$/i, '.yaml') : /\.yaml$/i.test(file) ? file.replace(/\.yaml$/i, '.yml') : undefined;
  return other !== undefined && existsSync(path.resolve(cwd, other)) ? ` (did you mean ${other}?)` : '';
}
