import { joinPointer } from '../model/pointer.js';
import type { TextRange } from '../model/types.js';
import { evaluate, Namespace, type Scope } from './evaluate.js';
import type { HclNode as Node } from './hcl-tree.js';
import type { HclFile } from './parser.js';
import { ComputedAttribute, isRecord, unknown, Unknown } from './values.js';

/** A place in a .tf file: the file and the node, turned into a range only when a finding needs it. */
export interface HclPlace {
  readonly file: HclFile;
  readonly node: Node;
}

/** One instance of a resource or data block (one per `count` index or `for_each` key), evaluated. */
export interface ResourceInstance {
  /** Terraform's address: `module.auth0.auth0_client.apps["web"]`. */
  readonly address: string;
  readonly mode: 'managed' | 'data';
  readonly type: string;
  readonly name: string;
  /** The block's file. */
  readonly file: HclFile;
  /** Attribute values in the shape `terraform show -json` prints them: nested blocks as lists of objects. */
  values(): Record<string, unknown>;
  /** Where a value (a JSON pointer into values()) is written; the closest written parent otherwise. */
  place(pointer: string): HclPlace;
}

/** The declarations of one module folder, read from its .tf files. */
export interface ModuleSource {
  /** The folder, for display and to resolve child module sources. */
  readonly dir: string;
  readonly files: readonly HclFile[];
  /** Values from terraform.tfvars and *.auto.tfvars (root module only). */
  readonly tfvars?: ReadonlyMap<string, { readonly value: unknown }>;
}

export interface ModuleCallSite {
  readonly name: string;
  /** `source` as written. */
  readonly source: unknown;
  readonly block: HclPlace;
}

/** Reads child modules' folders: a local path, or a module `terraform init` downloaded. Undefined when it cannot. */
export type ModuleResolver = (parent: ModuleSource, call: ModuleCallSite, keyPath: readonly string[]) => ModuleSource | undefined;

/** A provider's resource type: the provider's name, an underscore, the type (`aws_s3_bucket`). */
const RESOURCE_TYPE = /^[a-z][a-z0-9]*_[a-z0-9_]+$/;
const DATA_FROM_AUTH0 = 'a data source Terraform reads from Auth0 during plan';
const META_ARGUMENTS = new Set(['count', 'for_each', 'depends_on', 'provider', 'lifecycle', 'provisioner', 'connection']);

interface Declarations {
  readonly variables: Map<string, HclPlace>;
  readonly locals: Map<string, HclPlace>;
  readonly outputs: Map<string, HclPlace>;
  readonly resources: Map<string, { mode: 'managed' | 'data'; type: string; name: string; block: HclPlace }>;
  readonly modules: Map<string, HclPlace>;
}

function declarations(source: ModuleSource): Declarations {
  const result: Declarations = { variables: new Map(), locals: new Map(), outputs: new Map(), resources: new Map(), modules: new Map() };
  for (const file of source.files) {
    for (const block of topBlocks(file.root)) {
      const kind = block.firstNamedChild!.text;
      const labels = blockLabels(block);
      const place = { file, node: block };
      if (kind === 'variable' && labels[0]) result.variables.set(labels[0], place);
      else if (kind === 'output' && labels[0]) result.outputs.set(labels[0], place);
      else if (kind === 'module' && labels[0]) result.modules.set(labels[0], place);
      else if (kind === 'locals') for (const attribute of bodyItems(block, 'attribute')) result.locals.set(attributeName(attribute), { file, node: attribute });
      else if ((kind === 'resource' || kind === 'data') && labels[0] && labels[1]) {
        const mode = kind === 'resource' ? 'managed' : 'data';
        result.resources.set(`${kind === 'data' ? 'data.' : ''}${labels[0]}.${labels[1]}`, { mode, type: labels[0], name: labels[1], block: place });
      }
    }
  }
  return result;
}

/**
 * One module instance (the root, or a `module` block for one count index or for_each key): its names, resolved
 * lazily and once. A reference cycle gives an Unknown instead of recursing forever.
 */
export class ModuleInstance {
  private readonly decl: Declarations;
  private readonly memo = new Map<string, unknown>();
  private readonly instancesMemo = new Map<string, ResourceInstance[] | Unknown>();
  private readonly resourceValueMemo = new Map<string, unknown>();
  private readonly childMemo = new Map<string, Array<{ key: string | number | undefined; module: ModuleInstance }> | Unknown>();
  /** Child module blocks that could not be read (a registry module before `terraform init`). */
  readonly unreadModules: Array<{ call: ModuleCallSite; reason: string }> = [];

  /** The tenant domain from the root module's auth0 provider, shared by every module instance. */
  tenantDomain: () => string | undefined = () => undefined;

  constructor(
    readonly source: ModuleSource,
    /** `module.auth0.` (with an index when the call has count or for_each); empty for the root module. */
    readonly prefix: string,
    /** Module keys from the root, as .terraform/modules/modules.json names them. */
    readonly keyPath: readonly string[],
    private readonly inputs: ReadonlyMap<string, () => unknown>,
    private readonly resolve: ModuleResolver,
  ) {
    this.decl = declarations(source);
  }

  readonly scope: Scope = this.scopeWith({});

  scopeWith(bindings: Readonly<Record<string, unknown>>): Scope {
    return {
      root: (name) => (Object.hasOwn(bindings, name) ? bindings[name] : this.root(name)),
      with: (more) => this.scopeWith({ ...bindings, ...more }),
    };
  }

  private root(name: string): unknown {
    switch (name) {
      case 'var':
        return new Namespace((variable, text) => this.variable(variable, text));
      case 'local':
        return new Namespace((local, text) => this.local(local, text));
      case 'module':
        return new Namespace((child, text) => this.moduleValue(child, text));
      case 'data':
        return new Namespace((type) => new Namespace((label, text) => this.resourceValue(`data.${type}.${label}`, text)));
      case 'path':
        return new Namespace((what, text) => unknown(text, 'a path on the machine that runs Terraform'));
      case 'terraform':
        return new Namespace((what, text) => unknown(text, 'the Terraform workspace'));
      default:
        // Any other root name shaped like a resource type (`aws_s3_bucket`) refers to a resource, declared here or not.
        return this.resourceTypes().has(name) || RESOURCE_TYPE.test(name)
          ? new Namespace((label, text) => this.resourceValue(`${name}.${label}`, text))
          : undefined;
    }
  }

  private typesMemo: Set<string> | undefined;
  private resourceTypes(): Set<string> {
    this.typesMemo ??= new Set([...this.decl.resources.values()].filter((r) => r.mode === 'managed').map((r) => r.type));
    return this.typesMemo;
  }

  private once(key: string, text: string, compute: () => unknown): unknown {
    if (this.memo.has(key)) {
      const value = this.memo.get(key);
      return value === IN_PROGRESS ? unknown(text, 'a reference cycle') : value;
    }
    this.memo.set(key, IN_PROGRESS);
    const value = compute();
    this.memo.set(key, value);
    return value;
  }

  variable(name: string, text: string): unknown {
    return this.once(`var.${name}`, text, () => {
      const input = this.inputs.get(name);
      if (input) return input();
      const fromFile = this.source.tfvars?.get(name);
      if (fromFile) return fromFile.value;
      const declared = this.decl.variables.get(name);
      if (!declared) return unknown(text, 'a variable the module does not declare');
      const fallback = bodyItems(declared.node, 'attribute').find((attribute) => attributeName(attribute) === 'default');
      if (!fallback) return unknown(text, 'a variable without a default');
      return this.evaluateIn(attributeValue(fallback), declared.file, this.scope);
    });
  }

  local(name: string, text: string): unknown {
    return this.once(`local.${name}`, text, () => {
      const declared = this.decl.locals.get(name);
      return declared ? this.evaluateIn(attributeValue(declared.node), declared.file, this.scope) : unknown(text, 'a local value the module does not declare');
    });
  }

  evaluateIn(node: Node, file: HclFile, scope: Scope): unknown {
    return evaluate(node, scope, file.text);
  }

  private moduleValue(name: string, text: string): unknown {
    const children = this.childModules(name);
    if (children instanceof Unknown) return new Unknown(`\${${text}}`, children.cause, children.why);
    const outputs = (module: ModuleInstance): Namespace => new Namespace((output, outputText) => module.output(output, outputText));
    if (children.length === 1 && children[0]!.key === undefined) return outputs(children[0]!.module);
    if (children.every((child) => typeof child.key === 'number')) return children.map((child) => outputs(child.module));
    return Object.fromEntries(children.map((child) => [String(child.key), outputs(child.module)]));
  }

  output(name: string, text: string): unknown {
    return this.once(`output.${name}`, text, () => {
      const declared = this.decl.outputs.get(name);
      const value = declared && bodyItems(declared.node, 'attribute').find((attribute) => attributeName(attribute) === 'value');
      return value ? this.evaluateIn(attributeValue(value), declared.file, this.scope) : unknown(text, 'an output the module does not declare');
    });
  }

  private resourceValue(key: string, text: string): unknown {
    const declared = this.decl.resources.get(key);
    if (!declared) return unknown(text, key.startsWith('data.') ? 'a data source the module does not declare' : 'a resource the module does not declare');
    const instances = this.instances(key);
    if (instances instanceof Unknown) return new Unknown(`\${${text}}`, instances.cause, instances.why);
    // A large configuration names the same resource thousands of times (every grant names its client).
    const known = this.resourceValueMemo.get(key);
    if (known) return known;
    const attributes = (instance: ResourceInstance & { attribute(name: string, text: string): unknown }): Namespace =>
      new Namespace((attribute, attributeText) => instance.attribute(attribute, attributeText));
    const expansion = expansionOf(declared.block.node);
    const value: unknown = !expansion
      ? attributes(instances[0] as InstanceImpl)
      : expansion.kind === 'count'
        ? instances.map((instance) => attributes(instance as InstanceImpl))
        : Object.fromEntries(instances.map((instance) => [(instance as InstanceImpl).key, attributes(instance as InstanceImpl)]));
    this.resourceValueMemo.set(key, value);
    return value;
  }

  /** Every resource and data instance of this module and its children, in file order. */
  allInstances(): ResourceInstance[] {
    const result: ResourceInstance[] = [];
    for (const key of this.decl.resources.keys()) {
      const instances = this.instances(key);
      if (!(instances instanceof Unknown)) result.push(...instances);
    }
    for (const name of this.decl.modules.keys()) {
      const children = this.childModules(name);
      if (!(children instanceof Unknown)) for (const child of children) result.push(...child.module.allInstances());
    }
    return result;
  }

  /** Module blocks anywhere below this one that could not be read. */
  allUnreadModules(): Array<{ call: ModuleCallSite; reason: string }> {
    for (const name of this.decl.modules.keys()) this.childModules(name);
    const result = [...this.unreadModules];
    for (const name of this.decl.modules.keys()) {
      const children = this.childModules(name);
      if (!(children instanceof Unknown)) for (const child of children) result.push(...child.module.allUnreadModules());
    }
    return result;
  }

  private instances(key: string): ResourceInstance[] | Unknown {
    const known = this.instancesMemo.get(key);
    if (known) return known;
    const declared = this.decl.resources.get(key)!;
    const address = `${this.prefix}${declared.mode === 'data' ? 'data.' : ''}${declared.type}.${declared.name}`;
    const made = this.expand(
      declared.block,
      address,
      (instanceAddress, bindings, instanceKey) =>
        new InstanceImpl(this, declared.mode, declared.type, declared.name, instanceAddress, declared.block, this.scopeWith(bindings), instanceKey),
    );
    this.instancesMemo.set(key, made);
    return made;
  }

  private childModules(name: string): Array<{ key: string | number | undefined; module: ModuleInstance }> | Unknown {
    const known = this.childMemo.get(name);
    if (known) return known;
    const block = this.decl.modules.get(name)!;
    const sourceAttribute = bodyItems(block.node, 'attribute').find((attribute) => attributeName(attribute) === 'source');
    const call: ModuleCallSite = {
      name,
      source: sourceAttribute ? this.evaluateIn(attributeValue(sourceAttribute), block.file, this.scope) : undefined,
      block,
    };
    const childSource = this.resolve(this.source, call, [...this.keyPath, name]);
    if (!childSource) {
      const made = unknown(`module.${name}`, 'a module a0lint could not read');
      this.childMemo.set(name, made);
      this.unreadModules.push({ call, reason: typeof call.source === 'string' ? call.source : 'a source a0lint cannot know' });
      return made;
    }
    const made = this.expand(block, `${this.prefix}module.${name}`, (address, bindings, key) => {
      const scope = this.scopeWith(bindings);
      const inputs = new Map<string, () => unknown>();
      for (const attribute of bodyItems(block.node, 'attribute')) {
        const input = attributeName(attribute);
        if (input === 'source' || input === 'version' || META_ARGUMENTS.has(input)) continue;
        inputs.set(input, () => this.evaluateIn(attributeValue(attribute), block.file, scope));
      }
      const module = new ModuleInstance(childSource, `${address}.`, [...this.keyPath, name], inputs, this.resolve);
      module.tenantDomain = this.tenantDomain;
      return { key, module };
    });
    this.childMemo.set(name, made);
    return made;
  }

  /**
   * One item per instance a block's `count` or `for_each` makes. When their value is unknown, one instance stands
   * for all of them, with `count.index` / `each` unknown: its settings are still checked.
   */
  private expand<T>(
    block: HclPlace,
    address: string,
    make: (address: string, bindings: Record<string, unknown>, key: string | number | undefined) => T,
  ): T[] | Unknown {
    const expansion = expansionOf(block.node);
    if (!expansion) return [make(address, {}, undefined)];
    const value = this.evaluateIn(expansion.node, block.file, this.scope);
    if (expansion.kind === 'count') {
      if (value instanceof Unknown) return [make(`${address}[*]`, { count: { index: value } }, undefined)];
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) return unknown(expansion.node.text, 'a count that is no whole number');
      return Array.from({ length: value }, (_, index) => make(`${address}[${index}]`, { count: { index } }, index));
    }
    if (value instanceof Unknown) return [make(`${address}[*]`, { each: { key: value, value } }, undefined)];
    const entries: Array<[string, unknown]> = Array.isArray(value)
      ? value.filter((item): item is string => typeof item === 'string').map((item) => [item, item])
      : isRecord(value)
        ? Object.keys(value)
            .sort()
            .map((key) => [key, value[key]])
        : [];
    if (!Array.isArray(value) && !isRecord(value)) return unknown(expansion.node.text, 'a for_each that is no map or set');
    return entries.map(([key, item]) => make(`${address}[${JSON.stringify(key)}]`, { each: { key, value: item } }, key));
  }
}

const IN_PROGRESS = Symbol('in progress');

class InstanceImpl implements ResourceInstance {
  /** Where each value is written: recorded only for instances a finding or note points into (most are never asked). */
  private places: Map<string, HclPlace> | undefined;
  private readonly attributeMemo = new Map<string, unknown>();
  readonly file: HclFile;

  constructor(
    private readonly module: ModuleInstance,
    readonly mode: 'managed' | 'data',
    readonly type: string,
    readonly name: string,
    readonly address: string,
    private readonly block: HclPlace,
    private readonly scope: Scope,
    readonly key: string | number | undefined,
  ) {
    this.file = block.file;
  }

  /** One attribute for a reference, evaluated alone (a full evaluation could loop through the reference). */
  attribute(name: string, text: string): unknown {
    if (this.attributeMemo.has(name)) {
      const value = this.attributeMemo.get(name);
      return value === IN_PROGRESS ? unknown(text, 'a reference cycle') : value;
    }
    this.attributeMemo.set(name, IN_PROGRESS);
    const written = bodyItems(this.block.node, 'attribute').find((attribute) => attributeName(attribute) === name);
    let value: unknown;
    if (written) value = this.module.evaluateIn(attributeValue(written), this.file, this.scope);
    else if (
      bodyItems(this.block.node, 'block').some((block) => blockType(block) === name || (blockType(block) === 'dynamic' && blockLabels(block)[0] === name))
    ) {
      value = this.values()[name];
    } else if (this.mode === 'data' && this.type === 'auth0_tenant' && name === 'management_api_identifier') {
      // The tenant's own Management API: known from the provider's domain, else its shape with the host unknown.
      const domain = this.module.tenantDomain();
      value = domain
        ? `https://${domain}/api/v2/`
        : new Unknown(`https://\${${text.replace(/management_api_identifier$/, 'domain')}}/api/v2/`, text, DATA_FROM_AUTH0);
    } else if (this.mode === 'data') value = unknown(text, this.type.startsWith('auth0_') ? DATA_FROM_AUTH0 : 'a data source Terraform reads during plan');
    else value = new ComputedAttribute(text, this.address, this.type, name);
    this.attributeMemo.set(name, value);
    return value;
  }

  /**
   * Evaluated anew on each call, not kept: the model keeps its own copy of what it reads (a grant's or client's
   * values, once converted, are garbage), and the loader asks once per resource.
   */
  values(): Record<string, unknown> {
    return this.body(this.block.node, this.scope, '', undefined);
  }

  place(pointer: string): HclPlace {
    if (!this.places) {
      // The same walk as values(), recording places; the values it makes again are dropped.
      const places = new Map<string, HclPlace>([['', this.block]]);
      this.body(this.block.node, this.scope, '', places);
      this.places = places;
    }
    for (let at = pointer; ; at = at.slice(0, at.lastIndexOf('/'))) {
      const found = this.places.get(at);
      if (found) return found;
      if (at === '') return this.block;
    }
  }

  /** A block body in Terraform's JSON shape: attributes as values, nested blocks as lists of objects. */
  private body(block: Node, scope: Scope, pointer: string, places: Map<string, HclPlace> | undefined): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    for (const item of bodyItems(block)) {
      if (item.type === 'attribute') {
        const name = attributeName(item);
        if (pointer === '' && META_ARGUMENTS.has(name)) continue;
        const expression = attributeValue(item);
        values[name] = this.module.evaluateIn(expression, this.file, scope);
        if (places) {
          const at = joinPointer(pointer, name);
          places.set(at, { file: this.file, node: expression });
          placeElements(expression, at, this.file, places);
        }
        continue;
      }
      const type = blockType(item);
      if (pointer === '' && META_ARGUMENTS.has(type)) continue;
      if (type === 'dynamic') {
        this.dynamicBlock(item, scope, pointer, values, places);
        continue;
      }
      const list = Array.isArray(values[type]) ? (values[type] as unknown[]) : ((values[type] = []) as unknown[]);
      const at = joinPointer(pointer, type, list.length);
      if (places && !places.has(joinPointer(pointer, type))) places.set(joinPointer(pointer, type), { file: this.file, node: item });
      places?.set(at, { file: this.file, node: item });
      list.push(this.body(item, scope, at, places));
    }
    return values;
  }

  /** `dynamic "x" { for_each = ...; content { ... } }`: one x block per element, or an unknown list of them. */
  private dynamicBlock(item: Node, scope: Scope, pointer: string, values: Record<string, unknown>, places: Map<string, HclPlace> | undefined): void {
    const type = blockLabels(item)[0];
    if (!type) return;
    const forEach = bodyItems(item, 'attribute').find((attribute) => attributeName(attribute) === 'for_each');
    const iteratorAttribute = bodyItems(item, 'attribute').find((attribute) => attributeName(attribute) === 'iterator');
    const iterator = iteratorAttribute ? attributeValue(iteratorAttribute).text : type;
    const content = bodyItems(item, 'block').find((block) => blockType(block) === 'content');
    const at = joinPointer(pointer, type);
    if (places && !places.has(at)) places.set(at, { file: this.file, node: item });
    const collection = forEach ? this.module.evaluateIn(attributeValue(forEach), this.file, scope) : unknown(item.text, 'a dynamic block without for_each');
    if (collection instanceof Unknown || !content) {
      values[type] = collection instanceof Unknown ? collection : unknown(`dynamic "${type}"`, 'a dynamic block without content');
      return;
    }
    const entries: Array<[unknown, unknown]> = Array.isArray(collection)
      ? collection.map((value, index) => [index, value])
      : isRecord(collection)
        ? Object.keys(collection)
            .sort()
            .map((key) => [key, collection[key]])
        : [];
    const list = Array.isArray(values[type]) ? (values[type] as unknown[]) : ((values[type] = []) as unknown[]);
    for (const [key, value] of entries) {
      const elementPointer = joinPointer(pointer, type, list.length);
      places?.set(elementPointer, { file: this.file, node: content });
      list.push(this.body(content, scope.with({ [iterator]: { key, value } }), elementPointer, places));
    }
  }
}

/** Elements of tuples and objects written in place get their own places (`callbacks[2]` points at its line). */
function placeElements(expression: Node, pointer: string, file: HclFile, places: Map<string, HclPlace>): void {
  const collection =
    expression.namedChildren.length === 1 && expression.namedChildren[0]?.type === 'collection_value'
      ? expression.namedChildren[0].namedChildren[0]
      : undefined;
  if (!collection) return;
  if (collection.type === 'tuple') {
    collection.namedChildren
      .filter((child) => child?.type === 'expression')
      .forEach((child, index) => {
        const at = joinPointer(pointer, index);
        places.set(at, { file, node: child });
        placeElements(child, at, file, places);
      });
    return;
  }
  for (const element of collection.namedChildren) {
    if (element?.type !== 'object_elem') continue;
    const key = element.childForFieldName('key')!;
    const value = element.childForFieldName('val')!;
    const name = key.text.replace(/^"|"$/g, '');
    const at = joinPointer(pointer, name);
    places.set(at, { file, node: value });
    placeElements(value, at, file, places);
  }
}

function expansionOf(block: Node): { kind: 'count' | 'for_each'; node: Node } | undefined {
  for (const attribute of bodyItems(block, 'attribute')) {
    const name = attributeName(attribute);
    if (name === 'count' || name === 'for_each') return { kind: name, node: attributeValue(attribute) };
  }
  return undefined;
}

export function topBlocks(root: Node): Node[] {
  const body = root.namedChildOfType('body');
  return body ? body.namedChildren.filter((child): child is Node => child?.type === 'block') : [];
}

/** The attributes and blocks of a block's body (or of a config file's body). */
export function bodyItems(block: Node, only?: 'attribute' | 'block'): Node[] {
  const body = block.type === 'body' ? block : block.namedChildOfType('body');
  if (!body) return [];
  return body.namedChildren.filter((child) => (only ? child.type === only : child.type === 'attribute' || child.type === 'block'));
}

export function attributeName(attribute: Node): string {
  return attribute.firstNamedChild!.text;
}

export function attributeValue(attribute: Node): Node {
  return attribute.namedChildOfType('expression')!;
}

export function blockType(block: Node): string {
  return block.firstNamedChild!.text;
}

/** A block's labels, quoted or bare: `resource "auth0_client" "web"` → [auth0_client, web]. */
export function blockLabels(block: Node): string[] {
  const labels: string[] = [];
  for (const child of block.namedChildren.slice(1)) {
    if (!child || child.type === 'block_start' || child.type === 'body' || child.type === 'block_end') break;
    labels.push(child.type === 'string_lit' ? child.text.slice(1, -1) : child.text);
  }
  return labels;
}

/** A place as a file range: a multi-line value is reported by its first line, so an annotation marks one line. */
export function rangeOfPlace(place: HclPlace): TextRange {
  const { node, file } = place;
  const start = node.startIndex;
  let end = node.endIndex;
  const newline = file.text.indexOf('\n', start);
  if (newline !== -1 && newline < end) end = file.text[newline - 1] === '\r' ? newline - 1 : newline;
  return file.lines.range(start, end);
}
