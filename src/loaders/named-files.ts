import path from 'node:path';
import type { Source } from '../model/types.js';
import { joinPointer } from '../model/pointer.js';
import type { FileField } from './directory-layout.js';
import { DATABASE_SCRIPTS, YAML_FILE_FIELDS } from './directory-layout.js';
import type { DocumentOrigins } from './document-origins.js';
import { InputError } from '../shared/errors.js';
import type { KeywordMappings } from './keywords.js';
import { addMarkers, isRecord, type LoadedInput } from './loaded-input.js';
import { readText } from './read-file.js';
import { parseTextFile } from './text-file.js';

/** An export on disk: the folder names are resolved against, and where what is read goes. */
export interface ExportFolder {
  readonly root: string;
  /** The root as displayed (relative to the working directory). */
  readonly display: string;
  readonly mappings: KeywordMappings;
  readonly maxFileSize: number;
  readonly input: LoadedInput;
  readonly origins: DocumentOrigins;
}

/** Where an item of the document was read: its pointer in the document, and its file and pointer there. */
export interface ItemPlace {
  readonly document: string;
  readonly source: Source;
  readonly pointer: string;
}

/**
 * Replaces a value that names a file by the file's text, as deploy-cli does when it reads the export, and mounts
 * the file at the value's document pointer so places inside it are located in it. A file deploy-cli would fail to
 * read (missing, outside the export) is an input error at the value that names it.
 */
export function readNamedFile(at: ExportFolder, item: Record<string, unknown>, place: ItemPlace, field: FileField, folder: string): void {
  if (field.when && !field.when(item)) return;
  let parent: unknown = item;
  for (const segment of field.path.slice(0, -1)) parent = isRecord(parent) ? parent[segment] : undefined;
  const last = field.path[field.path.length - 1]!;
  if (!isRecord(parent) || typeof parent[last] !== 'string' || parent[last] === '') return;
  const named = (parent[last] as string).replace(/\\/g, '/');
  const relative = path.posix.normalize(path.posix.join(field.base === 'root' ? '' : folder, named));
  const fieldPointer = joinPointer(place.pointer, ...field.path);
  const fail = (message: string): void => {
    const range = place.source.locate?.(fieldPointer);
    at.input.errors.push(new InputError(message, place.source.file, range?.startLine, range?.startColumn));
    // The file's name is not its content: rules that read code must see it as unread, not as code saying nothing.
    delete parent[last];
  };
  if (relative === '..' || relative.startsWith('../') || path.posix.isAbsolute(named)) {
    fail(`"${field.path.join('.')}" names a file outside the export (${named}); a0lint reads only files inside it`);
    return;
  }
  const display = at.display === '.' ? relative : `${at.display}/${relative}`;
  let text: string;
  try {
    text = readText(path.join(at.root, relative), display, at.maxFileSize).text;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    if (field.optional) return;
    // deploy-cli refuses to deploy an export whose named file is missing; its content cannot be checked either.
    fail(`cannot read ${display}, which "${field.path.join('.')}" names: ${error.message}`);
    return;
  }
  const parsed = parseTextFile(display, text, at.mappings, at.maxFileSize);
  const documentPointer = joinPointer(place.document, ...field.path);
  addMarkers(at.input, parsed, documentPointer);
  parent[last] = parsed.data;
  at.origins.mount(documentPointer, { source: parsed.source, pointer: '' });
}

/** A database connection's scripts: every key deploy-cli knows in `options.customScripts` (or `customScripts`). */
export function readDatabaseScripts(at: ExportFolder, item: Record<string, unknown>, place: ItemPlace, folder: string, base: FileField['base']): void {
  const options = isRecord(item.options) ? item.options : undefined;
  const inOptions = isRecord(options?.customScripts);
  const scripts = inOptions ? options!.customScripts : item.customScripts;
  if (!isRecord(scripts)) return;
  const at0 = inOptions ? ['options', 'customScripts'] : ['customScripts'];
  for (const script of Object.keys(scripts)) {
    if (DATABASE_SCRIPTS.includes(script)) readNamedFile(at, item, place, { path: [...at0, script], base }, folder);
  }
}

/** The files a YAML export names (code, scripts, HTML), resolved against the YAML file's folder. */
export function readYamlNamedFiles(at: ExportFolder, document: Record<string, unknown>, source: Source): void {
  const eachItem = (key: string, visit: (item: Record<string, unknown>, place: ItemPlace) => void): void => {
    const list = document[key];
    if (!Array.isArray(list)) return;
    list.forEach((item, index) => {
      const pointer = joinPointer('', key, index);
      if (isRecord(item)) visit(item, { document: pointer, source, pointer });
    });
  };
  for (const [key, { folder, fields }] of Object.entries(YAML_FILE_FIELDS)) {
    eachItem(key, (item, place) => {
      for (const field of fields) readNamedFile(at, item, place, field, folder);
    });
  }
  eachItem('databases', (item, place) => readDatabaseScripts(at, item, place, '', 'root'));
  const branding = document.branding;
  if (isRecord(branding) && Array.isArray(branding.templates)) {
    branding.templates.forEach((template, index) => {
      const pointer = joinPointer('', 'branding', 'templates', index);
      if (isRecord(template)) readNamedFile(at, template, { document: pointer, source, pointer }, { path: ['body'], base: 'root' }, '');
    });
  }
}
