#!/usr/bin/env bash
# Runs a command under another major version of Node.js, taken from the npm registry (the official builds that
# npm publishes as node-<platform>-<arch>), so that CI tests the supported floor and the Action's runtime whatever
# Node the machine has. Usage: scripts/with-node.sh 22 npm test
set -euo pipefail
major="$1"
shift
root="$(cd "$(dirname "$0")/.." && pwd)"
package="node-$(node -p 'process.platform')-$(node -p 'process.arch')"
prefix="$root/.cache/node-$major"
if [ ! -x "$prefix/node_modules/$package/bin/node" ]; then
  npm install --no-save --no-package-lock --no-audit --no-fund --prefix "$prefix" "$package@$major" > /dev/null
fi
export PATH="$prefix/node_modules/$package/bin:$PATH"
"$@"
