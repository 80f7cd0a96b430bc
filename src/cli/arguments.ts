import { parseArgs, type ParseArgsConfig } from 'node:util';
import { distance } from '../engine/did-you-mean.js';
import { UsageError } from '../shared/errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * parseArgs in strict mode, with its messages replaced by plain ones that name the argument (by its position) and,
 * for an unknown option, the closest known one. `--max-warnings -1`: a negative number after an option that takes
 * a value is that value (parseArgs would call it ambiguous).
 */
export function parseCommand<O extends Options>(
  argv: readonly string[],
  options: O,
  command = '',
): ReturnType<typeof parseArgs<{ options: O; allowPositionals: true }>> {
  const args = attachNegativeNumbers(argv, options);
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${command ? `${command}: ` : ''}${plainMessage(error as NodeJS.ErrnoException, args, options)}`);
  }
}

function attachNegativeNumbers(argv: readonly string[], options: Options): string[] {
  const args: string[] = [];
  for (const arg of argv) {
    const previous = args.at(-1);
    const option = previous?.startsWith('--') && !previous.includes('=') ? options[previous.slice(2)] : undefined;
    if (/^-\d+$/.test(arg) && option?.type === 'string') args[args.length - 1] = `${previous}=${arg}`;
    else args.push(arg);
  }
  return args;
}

function plainMessage(error: NodeJS.ErrnoException, args: readonly string[], options: Options): string {
  // parseArgs quotes the option as written in the table ('-f, --format <value>') or as given ('--formt').
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? '';
  const flags = quoted.match(/--?[\w-]+/g) ?? [];
  if (flags.length === 0) return error.message.split('\n')[0]!;
  const index = args.findIndex((arg) => flags.some((flag) => arg === flag || arg.startsWith(`${flag}=`) || (!flag.startsWith('--') && arg.startsWith(flag))));
  const named = (index === -1 ? undefined : flags.find((flag) => args[index]!.startsWith(flag))) ?? flags.at(-1)!;
  const at = index === -1 ? '' : ` (argument ${index + 1})`;
  const name = displayName(named, options);
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${named}${at}${closestOption(named, options)}`;
  if (/does not take an argument/.test(error.message)) return `${name} takes no value${at}: write ${name} alone`;
  if (/argument is ambiguous/.test(error.message)) {
    return `${name} needs a value${at}, but the next argument "${args[index + 1] ?? ''}" is an option; for a value that starts with a dash write ${name}=VALUE`;
  }
  if (/argument missing/.test(error.message)) return `${name} needs a value${at}`;
  return error.message.split('\n')[0]!;
}

function displayName(named: string, options: Options): string {
  if (named.startsWith('--')) return named;
  const long = Object.entries(options).find(([, option]) => option.short === named.slice(1));
  return long ? `-${long[1].short}/--${long[0]}` : named;
}

/** ` (did you mean --format?)` for the known long option fewest edits away, when that is at most a third of it. */
function closestOption(named: string, options: Options): string {
  const given = named.replace(/^-+/, '');
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const known of Object.keys(options)) {
    const edits = distance(known, given);
    if (edits < bestDistance) [best, bestDistance] = [known, edits];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(given.length / 3)) ? ` (did you mean --${best}?)` : '';
}
