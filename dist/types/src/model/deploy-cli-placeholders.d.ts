export declare function isDeployCliPlaceholder(marker: string, documentPointer: string): boolean;
