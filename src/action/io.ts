import * as core from '@actions/core';
import type { Clock } from '../shared/clock.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

/**
 * Everything the Action does to its surroundings, as a small port: the runner's side goes through @actions/core
 * (workflow commands, the outputs and summary files), and tests can substitute a recorder without any GitHub.
 */
export interface ActionIo {
  /** An input as the runner passes it (INPUT_<NAME>), trimmed; '' when not set. */
  getInput(name: string): string;
  /** Masks a value in every later log line; called before the value could be printed anywhere. */
  setSecret(value: string): void;
  setOutput(name: string, value: string): void;
  annotate(level: AnnotationLevel, message: string, properties?: core.AnnotationProperties): void;
  info(message: string): void;
  /** Text that is already in workflow-command form (a reporter's output), written as it is. */
  writeCommands(text: string): void;
  appendSummary(markdown: string): Promise<void>;
  /** Marks the step failed with a message; the process exits with `code` (1 findings, 2 input or usage errors). */
  fail(message: string, code: 1 | 2): void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The live client's clock (its waits); tests inject a virtual one, the runner uses the real one. */
  readonly clock?: Clock;
}

export function actionsCoreIo(): ActionIo {
  return {
    getInput: (name) => core.getInput(name),
    setSecret: (value) => core.setSecret(value),
    setOutput: (name, value) => core.setOutput(name, value),
    annotate: (level, message, properties) => core[level](message, properties),
    info: (message) => core.info(message),
    writeCommands: (text) => process.stdout.write(text),
    appendSummary: async (markdown) => {
      await core.summary.addRaw(markdown, true).write();
    },
    fail: (message, code) => {
      core.setFailed(message);
      process.exitCode = code;
    },
    env: process.env,
  };
}
