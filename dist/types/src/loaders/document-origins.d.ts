import type { Origin } from '../model/types.js';
/**
 * Where each part of an export document was read from. A YAML export or a dump is one file, so a document pointer
 * is a pointer in that file; a directory export is assembled from many files, each mounted at the document
 * pointer it fills (`/clients/3` → `clients/Shop.json`, `/actions/0/code` → `actions/Shop/code.js`), and a pointer
 * resolves through the deepest mount above it.
 */
export declare class DocumentOrigins {
    private readonly mounts;
    constructor(root: Origin);
    mount(pointer: string, origin: Origin): void;
    readonly originOf: (pointer: string) => Origin;
}
