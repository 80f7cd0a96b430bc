/** A path as configuration globs see it: relative to the configuration's folder, with forward slashes. */
export declare function configRelative(baseDir: string, absolute: string): string;
/** File globs (`overrides[].files`, `ignore[].files`): `*` stays inside one folder and `**` crosses; linear time. */
export declare function fileMatcher(globs: readonly string[]): (relativePath: string) => boolean;
/**
 * Entity-key globs (`ignore[].entity.key`): keys are URLs and `client|audience|subject` triples, so `*` matches
 * any run of characters, `/` and `|` included, and `?` one character; nothing else is special.
 */
export declare function keyMatcher(glob: string): (key: string) => boolean;
/**
 * Walking stops here: a glob that reaches this many entries is almost certainly pointing at the wrong folder. It
 * stops with an error, never with the files found so far: a rule file past the limit would go unread.
 */
export declare const MAX_VISITED = 20000;
/** A walk that could not see every file: stopping is safer than running without a rule file it missed. */
export declare class GlobIncomplete extends Error {
}
/** The folder a glob's walk starts from (the glob itself when it is a plain path). */
export declare function globBase(glob: string): string;
/** Files under `baseDir` matching a glob, sorted; a plain path (no glob characters) is returned as is. */
export declare function expandGlob(glob: string, baseDir: string, maxVisited?: number): Promise<string[]>;
