import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TreeCursor } from 'web-tree-sitter';
import { writeTerraformOf, type SizeSpec } from '../../bench/generate.js';
import { HclNode } from '../../src/terraform/hcl-tree.js';
import { loadTerraform } from '../../src/terraform/load-terraform.js';

const folders: string[] = [];
afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

/**
 * Reading a Terraform configuration must stay linear in its resources: every grant names its client and API, and a
 * lookup that scanned every resource per reference would make a large configuration quadratic. Timing would be flaky
 * on a shared machine, so this counts work instead: the steps of tree-sitter's cursor (calls into WebAssembly) and the
 * syntax nodes the model reads.
 */
async function workFor(spec: SizeSpec): Promise<{ cursorSteps: number; nodeReads: number; grants: number }> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'a0lint-tf-linear-'));
  folders.push(folder);
  await writeTerraformOf(spec, folder);
  const cursorSteps = counted(TreeCursor.prototype, ['gotoFirstChild', 'gotoNextSibling']);
  const nodeReads = counted(HclNode.prototype, ['children', 'namedChildren', 'firstNamedChild', 'namedChildOfType']);
  try {
    const input = await loadTerraform(folder, true, { cwd: folder });
    expect(input.errors).toEqual([]);
    return { cursorSteps: cursorSteps.count(), nodeReads: nodeReads.count(), grants: input.clientGrants.length };
  } finally {
    cursorSteps.restore();
    nodeReads.restore();
  }
}

type Method = (this: unknown, ...args: unknown[]) => unknown;

/** Counts calls of methods or getters of a prototype (a spy would keep every call's arguments). */
function counted(prototype: object, names: readonly string[]): { count: () => number; restore: () => void } {
  let calls = 0;
  const originals = names.map((name) => [name, Object.getOwnPropertyDescriptor(prototype, name)!] as const);
  for (const [name, original] of originals) {
    const { get, value } = original as { get?: Method; value?: Method };
    const inner = (get ?? value)!;
    const counting = function (this: unknown, ...args: unknown[]): unknown {
      calls++;
      return inner.apply(this, args);
    };
    Object.defineProperty(prototype, name, get ? { ...original, get: counting } : { ...original, value: counting });
  }
  return {
    count: () => calls,
    restore: () => {
      for (const [name, original] of originals) Object.defineProperty(prototype, name, original);
    },
  };
}

describe('reading a Terraform configuration', () => {
  it('does about four times the work for four times the resources', async () => {
    const small = await workFor({ clients: 100, apis: 10, grants: 300 });
    const large = await workFor({ clients: 400, apis: 40, grants: 1_200 });
    expect(small.grants).toBeGreaterThan(100);
    expect(large.grants / small.grants).toBeGreaterThan(3.5);
    for (const measure of ['cursorSteps', 'nodeReads'] as const) {
      const growth = large[measure] / small[measure];
      expect(small[measure], measure).toBeGreaterThan(1000);
      expect(growth, measure).toBeGreaterThan(3);
      expect(growth, measure).toBeLessThan(5);
    }
  });
});
