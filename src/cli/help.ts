export const HELP = `Usage: a0lint [options] <path...>
       a0lint init             Write a commented starter .a0lint.yml in this folder
       a0lint --live --domain <host> [options]          Audit a tenant through the Management API
       a0lint pull --live --domain <host> --out <file>  Save the tenant as an API dump (.json)
       a0lint access <path...>  Who can get tokens for which API, and why (a0lint access --help)

Lints Auth0 tenant configuration: deploy-cli exports (tenant.yaml or a directory export),
Management API dumps (.json with resource_servers, clients, client_grants) and Terraform
configurations of the auth0/auth0 provider (a folder of .tf files, or one .tf file).

Options:
  -f, --format <name[:file]>   Output format; repeat for several. stylish (default), json, sarif,
                               github (annotations), markdown (job summary), junit.
                               With :file the output goes to that file instead of stdout.
  -o, --output-file <file>     Write the formats given without :file (stylish by default) to this file
      --quiet                  Report errors only: warnings and notes are neither shown nor counted
      --verbose                Stylish: below each finding's one-line headline, why it matters, how to fix
                               it, and the rule's docs URL
      --color, --no-color      Force colour on or off (default: on a terminal only; see Environment)
      --fail-on <severity>     Exit 1 when a finding is at least: error (default), warning, note, none
      --max-warnings <n>       Also exit 1 when there are more than n warnings (-1: no limit, the default)
      --input-format <format>  yaml, directory, api-dump or terraform (default: from the path)
      --tenant-domain <host>   The tenant's canonical domain (recognises its Management API)
      --mappings <file>        Keyword mappings (JSON or YAML object of KEY: value)
      --deploy-config <file>   deploy-cli config.json; its AUTH0_KEYWORD_REPLACE_MAPPINGS and AUTH0_BASE_PATH are used
      --max-file-size <bytes>  Refuse larger input files (default 16777216 for YAML, 268435456 for JSON)
      --max-aliases <n>        YAML alias expansions allowed per file (default 1000)
  -j, --jobs <n>               Lint up to n inputs at once, each on its own thread (default: the number of
                               cores; a thread is started only for enough input to pay for its start-up);
                               the output is the same as linting them one after another
      --list-rules             List the rules (built-in, custom, configuration checks) and exit;
                               with --format json, their metadata as JSON; -o writes it to a file
  -c, --config <file>          Configuration file (default: the nearest .a0lint.yml here or above)
      --no-config              Use no configuration file: the recommended rules at their defaults
      --print-config <path>    Print the configuration in force for that input (JSON; -o to a file)
      --rules-dir <dir>        Load custom rule files (*.yml, *.yaml) below dir; repeatable
      --baseline <file>        Leave out findings recorded in this baseline file
      --update-baseline <file> Record today's findings in this baseline file (then leave them out)
Live audits (credentials also from AUTH0_DOMAIN, AUTH0_CLIENT_ID, AUTH0_CLIENT_SECRET, AUTH0_ACCESS_TOKEN):
      --live                   Read the tenant through the Management API (needs only read:resource_servers,
                               read:client_grants and read:clients; posture sections are read when
                               the token has their read: scopes, see the README)
      --domain <host>          The tenant's canonical domain, e.g. example.eu.auth0.com (host[:port] only)
      --client-id <id>         Client credentials of the audit application (prefer the variables:
      --client-secret <secret> options are visible to other local users in the process list)
      --access-token <token>   A Management API token instead of client credentials
      --custom-domain <host>   Send requests there; the token audience stays the canonical domain
      --out <file>             Also write what was read as an API dump (live findings point to it in SARIF)
  -h, --help                   Show this help and exit
  -v, --version                Show the version and exit

Exit codes: 0 no finding reaches --fail-on; 1 one does; 2 usage or input error, or data
that could not be read completely (never reported as clean).
Environment: colour is decided by --color/--no-color, else FORCE_COLOR (on; FORCE_COLOR=0 or false: off),
else NO_COLOR (off), else whether standard output is a terminal (TERM=dumb: off).
Stylish links rule ids to their docs (OSC 8) on terminals known to show such links, with colour on and not
in CI; FORCE_HYPERLINK=1 or 0 turns the links on or off.
`;
