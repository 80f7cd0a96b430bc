import type { Origin } from '../model/types.js';

/**
 * Where each part of an export document was read from. A YAML export or a dump is one file, so a document pointer
 * is a pointer in that file; a directory export is assembled from many files, each mounted at the document
 * pointer it fills (`/clients/3` → `clients/Shop.json`, `/actions/0/code` → `actions/Shop/code.js`), and a pointer
 * resolves through the deepest mount above it.
 */
export class DocumentOrigins {
  private readonly mounts = new Map<string, Origin>();

  constructor(root: Origin) {
    this.mounts.set('', root);
  }

  mount(pointer: string, origin: Origin): void {
    this.mounts.set(pointer, origin);
  }

  readonly originOf = (pointer: string): Origin => {
    for (let prefix = pointer; ; prefix = prefix.slice(0, Math.max(0, prefix.lastIndexOf('/')))) {
      const mounted = this.mounts.get(prefix);
      if (mounted) return prefix === pointer ? mounted : { source: mounted.source, pointer: mounted.pointer + pointer.slice(prefix.length) };
    }
  };
}
