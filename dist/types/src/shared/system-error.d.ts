/** A file system error in plain words (`no such file or folder`), the code kept only when there are none for it. */
export declare function systemErrorWords(error: unknown): string;
/** A missing file that exists with the other YAML ending: ` (did you mean tenant.yaml?)`; else ''. */
export declare function otherYamlEnding(file: string, cwd: string): string;
