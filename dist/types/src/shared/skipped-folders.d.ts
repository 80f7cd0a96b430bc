/** Folders no walk for inputs or rule files enters: dependencies, git's store, and Terraform's downloaded modules. */
export declare const SKIPPED_FOLDERS: ReadonlySet<string>;
