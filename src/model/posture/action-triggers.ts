import type { CodeEntity } from '../types.js';
import { isRecord } from './values.js';

/**
 * Actions that run on a trigger: those whose `supported_triggers` name it and that are not known to be undeployed
 * or failed to build. Whether the Action is bound in the trigger's flow is not in the model (deploy-cli keeps the
 * bindings in `triggers`), so a deployed Action is taken as running.
 */
export function actionsOnTrigger(actions: ReadonlyArray<CodeEntity<'action'>>, trigger: string): Array<CodeEntity<'action'>> {
  return actions.filter((action) => {
    const triggers = action.data.supported_triggers;
    if (!Array.isArray(triggers) || !triggers.some((entry) => isRecord(entry) && entry.id === trigger)) return false;
    return action.data.deployed !== false && (action.data.status === undefined || action.data.status === 'built');
  });
}
