import type { KeywordMappings } from './keywords.js';
/**
 * Keyword mappings are a few keys and values; a larger file is hostile (parsing 100 MB of YAML needs gigabytes).
 * Past it: `file is N bytes, over the limit of 1048576 for keyword mappings`.
 */
export declare const MAX_MAPPINGS_FILE_SIZE: number;
/**
 * Keyword mappings from a file of `KEY: value` pairs (JSON or YAML), or from deploy-cli's config.json
 * (`AUTH0_KEYWORD_REPLACE_MAPPINGS`). Values are never taken from the environment.
 */
export declare function readMappingsFile(file: string, cwd: string, kind: 'mappings' | 'deploy-config'): KeywordMappings;
/** What a0lint takes from deploy-cli's config.json: its keyword mappings, and AUTH0_BASE_PATH (absolute) when set. */
export interface DeployConfig {
    readonly mappings: KeywordMappings;
    /** Where deploy-cli resolves the files a YAML export names (code, scripts, HTML), instead of the YAML's folder. */
    readonly basePath?: string;
}
export declare function readDeployConfig(file: string, cwd: string): DeployConfig;
