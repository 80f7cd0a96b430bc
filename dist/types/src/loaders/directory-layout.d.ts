/**
 * Where auth0-deploy-cli (8.x, `src/context/directory/handlers/*`) reads each section of a directory export, and
 * which values it reads from files of their own. The key of each entry is the section's key in the YAML export,
 * so a directory export is read into the same document a YAML export is.
 */
/** A value deploy-cli replaces by the text of the file it names, and where that name is resolved from. */
export interface FileField {
    /** Keys from the item to the value. */
    readonly path: readonly string[];
    /** Resolved against the export's root, or against the section's own folder. */
    readonly base: 'root' | 'folder';
    /** deploy-cli reads the file only when it exists (otherwise the value is kept as written, as inline HTML). */
    readonly optional?: boolean;
    /** Only for items where this holds (the email body of passwordless email connections). */
    readonly when?: (item: Readonly<Record<string, unknown>>) => boolean;
}
export type SectionLayout = 
/** Every `*.json` file directly in the folder, one item each, in name order. */
{
    readonly kind: 'list';
    readonly folder: string;
    readonly files?: readonly FileField[];
}
/** One JSON file holding the whole section. */
 | {
    readonly kind: 'file';
    readonly file: string;
    readonly holds: 'object' | 'array';
}
/** The first `*.json` file in the folder (deploy-cli reads no other). */
 | {
    readonly kind: 'first';
    readonly folder: string;
}
/** One file per key of the section, in one folder; each file is optional. */
 | {
    readonly kind: 'parts';
    readonly folder: string;
    readonly parts: Readonly<Record<string, string>>;
}
/** Sections whose layout is their own (database folders, page and email template pairs, branding, prompts). */
 | {
    readonly kind: 'databases' | 'pages' | 'emailTemplates' | 'branding' | 'prompts';
};
export declare const DIRECTORY_LAYOUT: Readonly<Record<string, SectionLayout>>;
/**
 * The values a YAML export names files for (deploy-cli's `src/context/yaml/handlers/*`): names are resolved against
 * the YAML file's folder, or against `folder` inside it. Database scripts (every key of
 * `databases[].options.customScripts`) and branding template bodies are read too.
 */
export declare const YAML_FILE_FIELDS: Readonly<Record<string, {
    readonly folder: string;
    readonly fields: readonly FileField[];
}>>;
/**
 * Every top-level key deploy-cli reads from a YAML export (`src/context/yaml/handlers`): the sections above, and
 * `clientAuthCredentials`, which only a YAML export can hold.
 */
export declare const EXPORT_KEYS: ReadonlySet<string>;
/** Keys older deploy-cli versions wrote and current ones ignore: `migrations` (tenant migration flags, until 7.x). */
export declare const RETIRED_EXPORT_KEYS: ReadonlySet<string>;
/** deploy-cli's names for database connection scripts (`constants.DATABASE_SCRIPTS`); it skips any other key. */
export declare const DATABASE_SCRIPTS: readonly string[];
