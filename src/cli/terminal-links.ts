/**
 * Whether standard output is a terminal that shows OSC 8 hyperlinks. Terminals that do not know the sequence may
 * print it as garbage, so links are sent only where the terminal says who it is: FORCE_HYPERLINK decides when set
 * (0: off), then never without colour (--no-color, NO_COLOR, not a terminal, TERM=dumb), never in CI logs, else
 * by the terminal's own variables (Windows Terminal, iTerm2 3.1+, WezTerm, VS Code 1.72+, Ghostty, Zed, VTE 0.50+,
 * kitty, Alacritty, foot).
 */
export function useHyperlinks(io: { readonly stdoutIsTTY: boolean; readonly env: Readonly<Record<string, string | undefined>> }, color: boolean): boolean {
  const { env } = io;
  const forced = env.FORCE_HYPERLINK;
  if (forced !== undefined && forced !== '') return !/^0+$/.test(forced.trim());
  if (!color || !io.stdoutIsTTY || env.TERM === 'dumb') return false;
  if (env.CI !== undefined || env.GITHUB_ACTIONS !== undefined || env.TEAMCITY_VERSION !== undefined) return false;
  if (env.WT_SESSION !== undefined) return true;
  const version = (env.TERM_PROGRAM_VERSION ?? '').split('.').map((part) => Number.parseInt(part, 10) || 0);
  const atLeast = (major: number, minor: number): boolean => (version[0] ?? 0) > major || ((version[0] ?? 0) === major && (version[1] ?? 0) >= minor);
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      return atLeast(3, 1);
    case 'vscode':
      // Cursor, a fork of VS Code, numbers its versions from 0 and has links.
      return env.CURSOR_TRACE_ID !== undefined || atLeast(1, 72);
    case 'WezTerm':
    case 'ghostty':
    case 'zed':
      return true;
    default:
      break;
  }
  if (env.VTE_VERSION !== undefined) return vteHasLinks(env.VTE_VERSION);
  return ['xterm-kitty', 'alacritty', 'foot', 'foot-extra'].includes(env.TERM ?? '');
}

// VTE writes its version as one number (0.52.2 is 5202), some shells as 0.52.2; 0.50.0 crashed on the sequence.
function vteHasLinks(value: string): boolean {
  const [major = 0, minor = 0, patch = 0] = value.includes('.')
    ? value.split('.').map((part) => Number.parseInt(part, 10) || 0)
    : [0, Math.floor((Number.parseInt(value, 10) || 0) / 100), (Number.parseInt(value, 10) || 0) % 100];
  if (major === 0 && minor === 50 && patch === 0) return false;
  return major > 0 || minor >= 50;
}
