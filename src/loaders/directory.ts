import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Origin } from '../model/types.js';
import { joinPointer } from '../model/pointer.js';
import { DIRECTORY_LAYOUT, type FileField, type SectionLayout } from './directory-layout.js';
import { DocumentOrigins } from './document-origins.js';
import { InputError } from '../shared/errors.js';
import {
  addMarkers,
  COLLECTIONS,
  DEFAULT_MAX_FILE_SIZE,
  emptyInput,
  isRecord,
  locatedError,
  YAML_KEYS,
  type LoadedInput,
  type LoadOptions,
  type MutableInput,
} from './loaded-input.js';
import { readDatabaseScripts, readNamedFile, readPromptPartials, type ExportFolder, type ItemPlace } from './named-files.js';
import { readJsonFile } from './read-file.js';
import type { ParsedFile } from './yaml-file.js';

/**
 * Reads a deploy-cli directory export into the document a YAML export of the same tenant gives: every section
 * deploy-cli reads (DIRECTORY_LAYOUT), each file mounted at the document pointer it fills, so findings point into
 * the file (and, for code and HTML, into the code or HTML file) that holds the value.
 */
export function loadDirectory(absolute: string, display: string, options: LoadOptions): LoadedInput {
  return new DirectoryReader(absolute, display, options).read();
}

class DirectoryReader {
  private readonly document: Record<string, unknown> = {};
  private readonly origins: DocumentOrigins;
  private readonly input: MutableInput;
  private readonly folder: ExportFolder;

  constructor(
    private readonly root: string,
    private readonly display: string,
    private readonly options: LoadOptions,
  ) {
    this.origins = new DocumentOrigins({ source: { file: display }, pointer: '' });
    this.input = emptyInput('directory', display, this.document, this.origins.originOf);
    this.folder = { root, display, mappings: options.mappings ?? {}, maxFileSize: this.maxFileSize, input: this.input, origins: this.origins };
  }

  read(): LoadedInput {
    for (const [key, layout] of Object.entries(DIRECTORY_LAYOUT)) {
      const value = this.section(key, layout);
      if (value !== undefined) this.document[key] = value;
    }
    if (Object.keys(this.document).length === 0) {
      throw new InputError(
        'not a deploy-cli directory export: none of the files or folders deploy-cli writes (tenant.json, clients/, resource-servers/, grants/, connections/, ...)',
        this.display,
      );
    }
    for (const collection of COLLECTIONS) {
      const key = YAML_KEYS[collection];
      const items = this.document[key] as Array<Record<string, unknown>> | undefined;
      items?.forEach((data, index) => this.input[collection].push({ data, origin: this.origins.originOf(`/${key}/${index}`) }));
    }
    return this.input;
  }

  private section(key: string, layout: SectionLayout): unknown {
    switch (layout.kind) {
      case 'list':
        return this.list(`/${key}`, layout.folder, layout.files);
      case 'file':
        return this.file(`/${key}`, layout.file, layout.holds);
      case 'first': {
        const first = this.jsonFiles(layout.folder)?.[0];
        return first === undefined ? undefined : this.file(`/${key}`, `${layout.folder}/${first}`, 'object');
      }
      case 'parts':
        return this.parts(key, layout.folder, layout.parts);
      case 'databases':
        return this.databases(key);
      case 'pages':
        return this.pages(key);
      case 'emailTemplates':
        return this.emailTemplates(key);
      case 'branding':
        return this.branding(key);
      case 'prompts':
        return this.prompts(key);
    }
  }

  /** Every JSON file directly in a folder, one item each. */
  private list(at: string, folder: string, fields: readonly FileField[] = []): unknown[] | undefined {
    const names = this.jsonFiles(folder);
    if (!names) return undefined;
    const items: unknown[] = [];
    for (const name of names) {
      const pointer = joinPointer(at, items.length);
      const item = this.object(pointer, `${folder}/${name}`, `a file in ${folder}/ must hold one JSON object`);
      if (!item) continue;
      items.push(item.data);
      for (const field of fields) readNamedFile(this.folder, item.data, this.place(pointer, item), field, folder);
    }
    return items;
  }

  /** One JSON file at a document pointer; undefined when absent. */
  private file(pointer: string, relative: string, holds: 'object' | 'array'): unknown {
    if (!this.isFile(relative)) return undefined;
    const parsed = this.json(pointer, relative);
    if (!parsed) return undefined;
    if (holds === 'array' ? !Array.isArray(parsed.data) : !isRecord(parsed.data)) {
      this.input.errors.push(locatedError(parsed, '', `${relative} must hold ${holds === 'array' ? 'a JSON array' : 'one JSON object'}`));
      return undefined;
    }
    return parsed.data;
  }

  private object(pointer: string, relative: string, message: string): (ParsedFile & { data: Record<string, unknown> }) | undefined {
    const parsed = this.json(pointer, relative);
    if (!parsed) return undefined;
    if (isRecord(parsed.data)) return parsed as ParsedFile & { data: Record<string, unknown> };
    this.input.errors.push(locatedError(parsed, '', message));
    return undefined;
  }

  private json(pointer: string, relative: string): ParsedFile | undefined {
    try {
      const parsed = readJsonFile(this.under(relative), this.displayOf(relative), this.options.mappings ?? {}, this.maxFileSize);
      addMarkers(this.input, parsed, pointer);
      this.origins.mount(pointer, { source: parsed.source, pointer: '' });
      return parsed;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      this.input.errors.push(error);
      return undefined;
    }
  }

  /** attack-protection/: one file per key. */
  private parts(key: string, folder: string, parts: Readonly<Record<string, string>>): Record<string, unknown> | undefined {
    if (!this.isDirectory(folder)) return undefined;
    this.origins.mount(`/${key}`, this.folderOrigin(folder));
    const section: Record<string, unknown> = {};
    for (const [part, file] of Object.entries(parts)) {
      const value = this.file(joinPointer('', key, part), `${folder}/${file}`, 'object');
      if (value !== undefined) section[part] = value;
    }
    return section;
  }

  /** database-connections/<name>/database.json, its scripts beside it. */
  private databases(key: string): unknown[] | undefined {
    const folder = 'database-connections';
    const names = this.names(folder);
    if (!names) return undefined;
    const items: unknown[] = [];
    for (const name of names) {
      const dbFolder = `${folder}/${name}`;
      // deploy-cli skips a folder without its database.json.
      if (!this.isDirectory(dbFolder) || !this.isFile(`${dbFolder}/database.json`)) continue;
      const pointer = joinPointer('', key, items.length);
      const item = this.object(pointer, `${dbFolder}/database.json`, `${dbFolder}/database.json must hold one JSON object`);
      if (!item) continue;
      items.push(item.data);
      readDatabaseScripts(this.folder, item.data, this.place(pointer, item), dbFolder, 'folder');
    }
    return items;
  }

  /** pages/<name>.json with <name>.html. */
  private pages(key: string): unknown[] | undefined {
    const names = this.names('pages');
    if (!names) return undefined;
    const items: unknown[] = [];
    for (const name of names.filter((file) => file.endsWith('.json'))) {
      const pointer = joinPointer('', key, items.length);
      const item = this.object(pointer, `pages/${name}`, 'a file in pages/ must hold one JSON object');
      if (!item) continue;
      items.push(item.data);
      const html = `pages/${name.slice(0, -'.json'.length)}.html`;
      if (this.isFile(html)) {
        item.data.html = html;
        readNamedFile(this.folder, item.data, this.place(pointer, item), { path: ['html'], base: 'root' }, 'pages');
      } else item.data.html ??= '';
    }
    return items;
  }

  /** emails/<template>.json with its HTML body (the file `body` names, else <template>.html); not provider.json. */
  private emailTemplates(key: string): unknown[] | undefined {
    const names = this.jsonFiles('emails');
    if (!names) return undefined;
    const items: unknown[] = [];
    for (const name of names.filter((file) => file !== 'provider.json')) {
      const pointer = joinPointer('', key, items.length);
      const item = this.object(pointer, `emails/${name}`, 'a file in emails/ must hold one JSON object');
      if (!item) continue;
      items.push(item.data);
      const named = typeof item.data.body === 'string' ? `emails/${item.data.body.replace(/\\/g, '/')}` : undefined;
      const body = named !== undefined && this.isFile(path.posix.normalize(named)) ? named : `emails/${name.slice(0, -'.json'.length)}.html`;
      if (!this.isFile(path.posix.normalize(body))) continue;
      item.data.body = body;
      readNamedFile(this.folder, item.data, this.place(pointer, item), { path: ['body'], base: 'root' }, 'emails');
    }
    return items;
  }

  /** branding/branding.json, and branding/templates/*.json with their bodies. */
  private branding(key: string): Record<string, unknown> | undefined {
    if (!this.isDirectory('branding')) return undefined;
    this.origins.mount(`/${key}`, this.folderOrigin('branding'));
    const settings = this.file(`/${key}`, 'branding/branding.json', 'object') as Record<string, unknown> | undefined;
    const templates = this.list(`/${key}/templates`, 'branding/templates', [{ path: ['body'], base: 'folder' }]);
    if (templates === undefined) return settings;
    return { ...settings, templates };
  }

  /** prompts/prompts.json, custom-text.json, partials.json and screenRenderSettings/*.json. */
  private prompts(key: string): Record<string, unknown> | undefined {
    if (!this.isDirectory('prompts')) return undefined;
    this.origins.mount(`/${key}`, this.folderOrigin('prompts'));
    const settings = this.file(`/${key}`, 'prompts/prompts.json', 'object') as Record<string, unknown> | undefined;
    const section: Record<string, unknown> = { ...settings };
    const customText = this.file(`/${key}/customText`, 'prompts/custom-text.json', 'object');
    if (customText !== undefined) section.customText = customText;
    // Partials name template files of their own, read into the shape a YAML export holds them in.
    const partials = this.file(`/${key}/partials`, 'prompts/partials.json', 'object') as Record<string, unknown> | undefined;
    if (partials !== undefined) {
      const source = this.origins.originOf(`/${key}/partials`).source;
      section.partials = readPromptPartials(this.folder, partials, { document: `/${key}/partials`, source, pointer: '' });
    }
    const screenRenderers = this.list(`/${key}/screenRenderers`, 'prompts/screenRenderSettings');
    if (screenRenderers !== undefined) section.screenRenderers = screenRenderers;
    return section;
  }

  /**
   * The `*.json` names directly in a folder, in name order. Anything so named is read (a folder named `x.json`, a
   * dangling link are reported, not skipped), and no stat is made per file: a directory export can hold tens of
   * thousands of them.
   */
  private jsonFiles(folder: string): string[] | undefined {
    return this.names(folder)?.filter((name) => name.toLowerCase().endsWith('.json'));
  }

  /** A folder's entries in name order; undefined when the folder does not exist. */
  private names(folder: string): string[] | undefined {
    try {
      return readdirSync(path.join(this.root, folder)).sort();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR')
        this.input.errors.push(new InputError(`cannot read folder: ${code ?? (error as Error).message}`, this.displayOf(folder)));
      return undefined;
    }
  }

  private isFile(relative: string): boolean {
    return statSync(path.join(this.root, relative), { throwIfNoEntry: false })?.isFile() ?? false;
  }

  private isDirectory(relative: string): boolean {
    return statSync(path.join(this.root, relative), { throwIfNoEntry: false })?.isDirectory() ?? false;
  }

  /**
   * A file's absolute path: the export's resolved root and a relative path made here from folder names and
   * directory entries (no `.` or `..`), joined as they are: path.join normalised each of the tens of thousands of
   * paths again, which made more garbage than reading the files' text.
   */
  private under(relative: string): string {
    return this.root.endsWith(path.sep) ? this.root + relative : `${this.root}${path.sep}${relative}`;
  }

  private place(document: string, file: ParsedFile): ItemPlace {
    return { document, source: file.source, pointer: '' };
  }

  private folderOrigin(folder: string): Origin {
    return { source: { file: this.displayOf(folder) }, pointer: '' };
  }

  private displayOf(relative: string): string {
    return this.display === '.' ? relative : `${this.display}/${relative}`;
  }

  private get maxFileSize(): number {
    return this.options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  }
}
