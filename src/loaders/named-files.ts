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
import { parseJsonFile } from './json-file.js';

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
  const named = namedValue(item, field);
  if (!named) return;
  const { parent, last } = named;
  const file = namedFile(at, parent[last] as string, field.base === 'root' ? '' : folder, place, field.path, field.optional);
  // The file's name is not its content: rules that read code must see it as unread, not as code saying nothing.
  if (file === 'failed') delete parent[last];
  if (typeof file !== 'object') return;
  const parsed = parseTextFile(file.display, file.text, at.mappings, at.maxFileSize);
  const documentPointer = joinPointer(place.document, ...field.path);
  addMarkers(at.input, parsed, documentPointer);
  parent[last] = parsed.data;
  at.origins.mount(documentPointer, { source: parsed.source, pointer: '' });
}

/** Where an item names a file in `field`: the value's parent and key, or undefined when the item names none there. */
function namedValue(item: Record<string, unknown>, field: FileField): { parent: Record<string, unknown>; last: string } | undefined {
  if (field.when && !field.when(item)) return undefined;
  let parent: unknown = item;
  for (const segment of field.path.slice(0, -1)) parent = isRecord(parent) ? parent[segment] : undefined;
  const last = field.path[field.path.length - 1]!;
  if (!isRecord(parent) || typeof parent[last] !== 'string' || parent[last] === '') return undefined;
  return { parent, last };
}

/**
 * Reads a JSON file an export names, and mounts it at `document`: the parsed value, or undefined (with an input
 * error at the value that names it) when deploy-cli could not read it either.
 */
function readNamedJson(at: ExportFolder, named: string, folder: string, place: ItemPlace, fieldPath: readonly string[], document: string): unknown {
  const file = namedFile(at, named, folder, place, fieldPath);
  if (typeof file !== 'object') return undefined;
  let parsed;
  try {
    parsed = parseJsonFile(file.display, file.text, at.mappings, undefined, at.maxFileSize);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    at.input.errors.push(error);
    return undefined;
  }
  addMarkers(at.input, parsed, document);
  at.origins.mount(document, { source: parsed.source, pointer: '' });
  return parsed.data;
}

/**
 * The text of a file an export names, resolved against `folder` inside the export; 'failed' after an input error at
 * the value that names it, 'missing' for an optional file that is not there.
 */
function namedFile(
  at: ExportFolder,
  value: string,
  folder: string,
  place: ItemPlace,
  fieldPath: readonly string[],
  optional = false,
): { display: string; text: string } | 'failed' | 'missing' {
  const named = value.replace(/\\/g, '/');
  const relative = path.posix.normalize(path.posix.join(folder, named));
  const fail = (message: string): 'failed' => {
    const range = place.source.locate?.(joinPointer(place.pointer, ...fieldPath));
    at.input.errors.push(new InputError(message, place.source.file, range?.startLine, range?.startColumn));
    return 'failed';
  };
  if (relative === '..' || relative.startsWith('../') || path.posix.isAbsolute(named)) {
    return fail(`"${fieldPath.join('.')}" names a file outside the export (${named}); a0lint reads only files inside it`);
  }
  const display = at.display === '.' ? relative : `${at.display}/${relative}`;
  try {
    return { display, text: readText(path.join(at.root, relative), display, at.maxFileSize).text };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    if (optional) return 'missing';
    // deploy-cli refuses to deploy an export whose named file is missing; its content cannot be checked either.
    return fail(`cannot read ${display}, which "${fieldPath.join('.')}" names: ${error.message}`);
  }
}

/** A database connection's scripts: every key deploy-cli knows in `options.customScripts` (or `customScripts`). */
export function readDatabaseScripts(at: ExportFolder, item: Record<string, unknown>, place: ItemPlace, folder: string, base: FileField['base']): void {
  const options = isRecord(item.options) ? item.options : undefined;
  const inOptions = isRecord(options?.customScripts);
  const scripts = inOptions ? options.customScripts : item.customScripts;
  if (!isRecord(scripts)) return;
  const at0 = inOptions ? ['options', 'customScripts'] : ['customScripts'];
  for (const script of Object.keys(scripts)) {
    if (DATABASE_SCRIPTS.includes(script)) readNamedFile(at, item, place, { path: [...at0, script], base }, folder);
  }
}

/** The files a YAML export names (code, scripts, HTML), resolved against the YAML file's folder. */
export function readYamlNamedFiles(at: ExportFolder, document: Record<string, unknown>, source: Source): void {
  // File texts go into copies of the items (and lists) that name files: the YAML file's locator checks what it parses
  // of the file against the values the file holds, and an item holding texts instead of names would fail that check
  // and send every finding in it to a position-keeping parse of the whole file.
  const eachItem = (key: string, names: (item: Record<string, unknown>) => boolean, visit: (item: Record<string, unknown>, place: ItemPlace) => void): void => {
    const list: unknown = document[key];
    if (!Array.isArray(list)) return;
    let own: unknown[] | undefined;
    list.forEach((item, index) => {
      if (!isRecord(item) || !names(item)) return;
      own ??= document[key] = [...(list as unknown[])];
      const copy = structuredClone(item);
      own[index] = copy;
      const pointer = joinPointer('', key, index);
      visit(copy, { document: pointer, source, pointer });
    });
  };
  for (const [key, { folder, fields }] of Object.entries(YAML_FILE_FIELDS)) {
    eachItem(
      key,
      (item) => fields.some((field) => namedValue(item, field) !== undefined),
      (item, place) => {
        for (const field of fields) readNamedFile(at, item, place, field, folder);
      },
    );
  }
  // A tenant has a handful of database connections: each is copied, whatever its scripts name.
  eachItem(
    'databases',
    () => true,
    (item, place) => readDatabaseScripts(at, item, place, '', 'root'),
  );
  // Forms and flows are `{name, body: ./forms/<name>.json}`: deploy-cli reads the item from the body file.
  for (const key of ['forms', 'flows']) {
    eachItem(
      key,
      (item) => typeof item.body === 'string' && item.body !== '',
      (item, place) => {
        const body = readNamedJson(at, item.body as string, '', place, ['body'], place.document);
        if (!isRecord(body)) return;
        const { body: _ignored, ...content } = body;
        delete item.body;
        Object.assign(item, content);
      },
    );
  }
  for (const key of ['prompts', 'branding']) if (isRecord(document[key])) document[key] = structuredClone(document[key]);
  readScreenRenderers(at, document, source);
  const branding = document.branding;
  if (isRecord(branding) && Array.isArray(branding.templates)) {
    branding.templates.forEach((template, index) => {
      const pointer = joinPointer('', 'branding', 'templates', index);
      if (isRecord(template)) readNamedFile(at, template, { document: pointer, source, pointer }, { path: ['body'], base: 'root' }, '');
    });
  }
}

/**
 * `prompts.screenRenderers` of a YAML export names one settings file per prompt and screen
 * (`[{login-id: {login-id: ./prompts/screenRenderSettings/login-id_login-id.json}}]`); deploy-cli reads them into
 * one list of settings, in that order, as a directory export holds them.
 */
function readScreenRenderers(at: ExportFolder, document: Record<string, unknown>, source: Source): void {
  const prompts = document.prompts;
  if (!isRecord(prompts) || !Array.isArray(prompts.screenRenderers)) return;
  const namesFiles = (entry: unknown): boolean =>
    isRecord(entry) && Object.values(entry).every((screens) => isRecord(screens) && Object.values(screens).every((named) => typeof named === 'string'));
  // Settings written inline (not deploy-cli's own layout) are read as they stand.
  if (!prompts.screenRenderers.every(namesFiles)) return;
  const loaded: unknown[] = [];
  (prompts.screenRenderers as Array<Record<string, Record<string, string>>>).forEach((entry, index) => {
    for (const [prompt, screens] of Object.entries(entry)) {
      for (const [screen, named] of Object.entries(screens)) {
        const place = { document: '/prompts', source, pointer: '/prompts' };
        const settings = readNamedJson(
          at,
          named,
          '',
          place,
          ['screenRenderers', String(index), prompt, screen],
          joinPointer('', 'prompts', 'screenRenderers', loaded.length),
        );
        if (settings !== undefined) loaded.push(settings);
      }
    }
  });
  prompts.screenRenderers = loaded;
}

/**
 * A directory export's `prompts/partials.json` (`{prompt: [{screen: [{name, template}]}]}`) with each template read
 * from the file it names (relative to `prompts/`; a missing one is empty, as for deploy-cli), in the shape a YAML
 * export writes inline: `{prompt: {screen: {name: text}}}`. Each text is mounted at its place in the document.
 */
export function readPromptPartials(at: ExportFolder, partials: Record<string, unknown>, place: ItemPlace): Record<string, unknown> {
  const result: Record<string, Record<string, Record<string, string>>> = {};
  for (const [prompt, list] of Object.entries(partials)) {
    const screens = Array.isArray(list) && isRecord(list[0]) ? list[0] : {};
    const promptPartials: Record<string, Record<string, string>> = (result[prompt] = {});
    for (const [screen, items] of Object.entries(screens)) {
      const screenPartials: Record<string, string> = (promptPartials[screen] = {});
      if (!Array.isArray(items)) continue;
      items.forEach((item, index) => {
        if (!isRecord(item) || typeof item.name !== 'string') return;
        const document = joinPointer(place.document, prompt, screen, item.name);
        const file =
          typeof item.template === 'string'
            ? namedFile(at, item.template, 'prompts', { ...place, pointer: joinPointer(place.pointer, prompt, 0, screen, index) }, ['template'], true)
            : 'missing';
        if (typeof file !== 'object') {
          screenPartials[item.name] = '';
          return;
        }
        const parsed = parseTextFile(file.display, file.text, at.mappings, at.maxFileSize);
        addMarkers(at.input, parsed, document);
        screenPartials[item.name] = (parsed.data as string).trim();
        at.origins.mount(document, { source: parsed.source, pointer: '' });
      });
    }
  }
  return result;
}
