import type { Source } from '../model/types.js';
import type { FileField } from './directory-layout.js';
import type { DocumentOrigins } from './document-origins.js';
import type { KeywordMappings } from './keywords.js';
import { type LoadedInput } from './loaded-input.js';
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
export declare function readNamedFile(at: ExportFolder, item: Record<string, unknown>, place: ItemPlace, field: FileField, folder: string): void;
/** A database connection's scripts: every key deploy-cli knows in `options.customScripts` (or `customScripts`). */
export declare function readDatabaseScripts(at: ExportFolder, item: Record<string, unknown>, place: ItemPlace, folder: string, base: FileField['base']): void;
/** The files a YAML export names (code, scripts, HTML), resolved against the YAML file's folder. */
export declare function readYamlNamedFiles(at: ExportFolder, document: Record<string, unknown>, source: Source): void;
/**
 * A directory export's `prompts/partials.json` (`{prompt: [{screen: [{name, template}]}]}`) with each template read
 * from the file it names (relative to `prompts/`; a missing one is empty, as for deploy-cli), in the shape a YAML
 * export writes inline: `{prompt: {screen: {name: text}}}`. Each text is mounted at its place in the document.
 */
export declare function readPromptPartials(at: ExportFolder, partials: Record<string, unknown>, place: ItemPlace): Record<string, unknown>;
