/**
 * The repository a configuration file belongs to: the nearest folder above it that holds `.git`, else its own
 * folder. Git refuses to commit a path named `.git`, so a pull request cannot move this boundary.
 */
export declare function repositoryOf(configFile: string): string;
export declare function isInside(root: string, file: string): boolean;
/**
 * Whether a path named in a configuration file may be read: it must lie inside the repository both as written and
 * where its symbolic links lead. A pull request could otherwise point mappings or rule files at `/etc/…` or at a
 * secrets file an earlier workflow step rendered.
 */
export declare function insideRepository(file: string, repository: string): boolean;
export declare function outsideMessage(written: string, repository: string): string;
