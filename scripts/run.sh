#!/usr/bin/env bash
# The README's run command: from a fresh Debian 12 / Ubuntu machine, install
# what is missing, build Ringback and start it on its embedded default (the
# simulator provider, local SQLite). Extra arguments go to ringback, e.g.
#   scripts/run.sh --profile /tmp/demo
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset release
cmake --build --preset release
exec build/release/bin/ringback "$@"
