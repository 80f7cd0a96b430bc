export const ACCESS_HELP = `Usage: a0lint access [options] <path...>
       a0lint access --live --domain <host> [options]
       a0lint access --diff <base> <head> [--fail-on-widening] [options]

Shows who can get access tokens for which API: for each API and subject type (user, client,
anonymous_user), which applications, with which scopes at most, and why (the policy, the grant,
the application's type, first or third party, the flows it can use). allow_all is one entry for
every first-party application, with their count.

--diff compares two sources: two inputs, two commits' versions of a path (REV:path, e.g.
main:tenant.yaml), or an input and --live (drift: the committed export against the tenant).
It lists access added, removed, widened (more scopes or applications, a policy relaxed, a grant
that now works) and narrowed.

Options:
  -f, --format <name[:file]>   stylish (default), json, markdown, html (one self-contained page);
                               repeat for several outputs
      --diff                   Compare the two sources given (base first, then head)
      --fail-on-widening       With --diff: exit 1 when access is added or widened
      --input-format <format>  yaml, directory, api-dump or terraform (default: from the path)
      --tenant-domain <host>   The tenant's canonical domain (recognises its Management API)
      --mappings <file>        Keyword mappings (JSON or YAML object of KEY: value)
      --deploy-config <file>   deploy-cli config.json; its AUTH0_KEYWORD_REPLACE_MAPPINGS and AUTH0_BASE_PATH are used
      --max-file-size <bytes>  Refuse larger input files
      --max-aliases <n>        YAML alias expansions allowed per file (default 1000)
  -c, --config <file>          Configuration file (its tenant domain and mappings apply)
      --no-config              Use no configuration file
      --live, --domain, --client-id, --client-secret, --access-token, --custom-domain, --out
                               Read the tenant through the Management API, as a0lint --live does
  -h, --help                   Show this help and exit

Exit codes: 0 done; 1 --fail-on-widening and access widened; 2 usage or input error (a map of
data that could not be read completely is never presented as complete).
`;
