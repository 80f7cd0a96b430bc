import { isAscii } from 'node:buffer';
import { systemErrorWords } from '../shared/system-error.js';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { InputError } from '../shared/errors.js';
import { parseJsonFile } from './json-file.js';
import type { KeywordMappings } from './keywords.js';
import type { ParsedFile } from './yaml-file.js';

/** Reads a regular file as UTF-8; refuses FIFOs, devices, oversized files and invalid UTF-8 with a located error. */
export function readTextFile(absolute: string, display: string, maxFileSize: number, raise = RAISE_FILE_SIZE): string {
  return readText(absolute, display, maxFileSize, raise).text;
}

const RAISE_FILE_SIZE = ' (raise it with --max-file-size)';

/**
 * A file's text, and its bytes when it is pure ASCII: each byte is then one character, and scanning bytes is
 * several times faster than scanning the string.
 */
export interface FileText {
  readonly text: string;
  readonly ascii?: Uint8Array;
}

export function readText(absolute: string, display: string, maxFileSize: number, raise = RAISE_FILE_SIZE): FileText {
  // Synchronous calls on one descriptor: a directory export is tens of thousands of small files, and a separate
  // stat by path, or promise-based calls, cost more than reading them.
  let fd: number | undefined;
  try {
    // Non-blocking open, then fstat: a FIFO without a writer is opened at once instead of waited on, and refused
    // before any read; the flag changes nothing for regular files.
    fd = openSync(absolute, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new InputError('is a directory, not a file', display);
    if (!info.isFile()) throw new InputError('not a regular file', display);
    if (info.size > maxFileSize) {
      throw new InputError(`file is ${info.size} bytes, over the limit of ${maxFileSize}${raise}`, display);
    }
    const bytes = readAll(fd, info.size);
    if (isAscii(bytes)) return { text: bytes.toString('latin1'), ascii: bytes };
    const text = bytes.toString('utf8');
    // That decoding turns invalid bytes into U+FFFD; only a file holding one is decoded again, strictly, to say where.
    if (text.includes('\uFFFD')) return { text: decodeUtf8(bytes, display) };
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'EISDIR' || code === 'ENOENT' ? systemErrorWords(error) : `cannot read: ${systemErrorWords(error)}`, display);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The file's bytes as of the fstat: a file that grows meanwhile is read to its size then. */
function readAll(fd: number, size: number): Buffer {
  const bytes = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const read = readSync(fd, bytes, filled, size - filled, null);
    if (read === 0) break;
    filled += read;
  }
  return filled === size ? bytes : bytes.subarray(0, filled);
}

function decodeUtf8(bytes: Uint8Array, display: string): string {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return text;
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const before = new TextDecoder().decode(bytes.subarray(0, offset));
    const lines = before.split('\n');
    throw new InputError('file is not valid UTF-8', display, lines.length, lines[lines.length - 1]!.length + 1);
  }
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    // The second byte's range also rules out overlong forms, surrogates and code points past U+10FFFF.
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    const second = bytes[i + 1] ?? 0;
    if (length === 0 || second < low || second > high) return i;
    for (let k = 2; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return bytes.length;
}

/** Reads and parses one JSON file, with keyword markers replaced as deploy-cli does. */
export function readJsonFile(absolute: string, display: string, mappings: KeywordMappings, maxFileSize: number): ParsedFile {
  const { text, ascii } = readText(absolute, display, maxFileSize);
  return parseJsonFile(display, text, mappings, ascii, maxFileSize);
}
