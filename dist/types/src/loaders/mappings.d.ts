import type { KeywordMappings } from './keywords.js';
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
