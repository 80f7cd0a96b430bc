import type { CodeEntity } from '../types.js';
/**
 * Actions that run on a trigger: those whose `supported_triggers` name it and that are not known to be undeployed
 * or failed to build. Whether the Action is bound in the trigger's flow is not in the model (deploy-cli keeps the
 * bindings in `triggers`), so a deployed Action is taken as running.
 */
export declare function actionsOnTrigger(actions: ReadonlyArray<CodeEntity<'action'>>, trigger: string): Array<CodeEntity<'action'>>;
