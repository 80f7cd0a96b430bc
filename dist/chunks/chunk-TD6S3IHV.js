import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);

// src/loaders/document-origins.ts
var DocumentOrigins = class {
  mounts = /* @__PURE__ */ new Map();
  constructor(root) {
    this.mounts.set("", root);
  }
  mount(pointer, origin) {
    this.mounts.set(pointer, origin);
  }
  originOf = (pointer) => {
    for (let prefix = pointer; ; prefix = prefix.slice(0, Math.max(0, prefix.lastIndexOf("/")))) {
      const mounted = this.mounts.get(prefix);
      if (mounted) return prefix === pointer ? mounted : { source: mounted.source, pointer: mounted.pointer + pointer.slice(prefix.length) };
    }
  };
};

export {
  DocumentOrigins
};
