#!/usr/bin/env bash
# Installs the outside programs the test suites use, cached under the ignored .cache/tools/bin.
# Idempotent: it only builds or installs what is missing or out of date, and says what it did.
#   FerretDB v1  built from tools/ferretdb (needs Go; modules come from the Go module proxy)
#   stripe-mock  Stripe's own API mock (go install, pinned below), for the Stripe adapter's contract suite
#   Chromium     Debian's package, for the browser tests (needs root and apt-get)
#   ffmpeg       Debian's package, for the check-in camera test's fake video (needs root and apt-get)
# With REQUIRE_ALL_TOOLS=1 (CI) a tool that cannot be had is an error instead of a notice.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="$root/.cache/tools/bin"
missing=0
mkdir -p "$bin"

notice() { echo "setup-tools: $*"; }
unavailable() {
  echo "setup-tools: SKIPPED $*" >&2
  missing=1
}

find_go() {
  if command -v go >/dev/null 2>&1; then
    command -v go
  elif [[ -x /usr/local/go/bin/go ]]; then
    echo /usr/local/go/bin/go
  fi
}

setup_ferretdb() {
  local src="$root/tools/ferretdb" out="$bin/ferretdb" go
  if [[ -x "$out" && "$out" -nt "$src/go.mod" && "$out" -nt "$src/go.sum" && "$out" -nt "$src/main.go" ]]; then
    notice "ferretdb is up to date ($out)"
    return
  fi
  go="$(find_go)"
  if [[ -z "$go" ]]; then
    unavailable "ferretdb: no Go toolchain found (PATH or /usr/local/go/bin)"
    return
  fi
  notice "building ferretdb with $("$go" version) ..."
  (cd "$src" && "$go" build -o "$out" .)
  touch "$out" # go build may leave an up-to-date binary untouched; the age check above needs it fresh
  notice "built $out"
}

# stripe-mock answers every Stripe API call from Stripe's OpenAPI spec (stateless; docs/payments.md says
# what it can and cannot judge). Pinned: a newer one may serve a newer API version.
STRIPE_MOCK_VERSION=v0.203.0
setup_stripe_mock() {
  local out="$bin/stripe-mock" stamp="$bin/stripe-mock.version" go
  if [[ -x "$out" && "$(cat "$stamp" 2>/dev/null)" == "$STRIPE_MOCK_VERSION" ]]; then
    notice "stripe-mock $STRIPE_MOCK_VERSION is installed ($out)"
    return
  fi
  go="$(find_go)"
  if [[ -z "$go" ]]; then
    unavailable "stripe-mock: no Go toolchain found (PATH or /usr/local/go/bin)"
    return
  fi
  notice "installing stripe-mock $STRIPE_MOCK_VERSION with $("$go" version) ..."
  GOBIN="$bin" "$go" install "github.com/stripe/stripe-mock@$STRIPE_MOCK_VERSION"
  echo "$STRIPE_MOCK_VERSION" >"$stamp"
  notice "installed $out"
}

# Debian's package `$1`, whose program `$2` the tests run (apt-get as root; a notice otherwise).
setup_apt_package() {
  local package="$1" program="$2"
  if command -v "$program" >/dev/null 2>&1; then
    notice "$package is installed ($(command -v "$program"))"
    return
  fi
  if [[ "$(id -u)" -ne 0 ]]; then
    unavailable "$package: not root; install it with: sudo apt-get install -y $package"
    return
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    unavailable "$package: no apt-get on this machine"
    return
  fi
  notice "installing $package with apt-get ..."
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y "$package"
  notice "installed $(command -v "$program")"
}

setup_ferretdb
setup_stripe_mock
if [[ "${1:-}" == "--no-apt" ]]; then
  [[ -x /usr/bin/chromium ]] || unavailable "chromium: not installed; run npm run setup:tools (as root) to install it"
  command -v ffmpeg >/dev/null 2>&1 || unavailable "ffmpeg: not installed; run npm run setup:tools (as root) to install it"
else
  setup_apt_package chromium /usr/bin/chromium
  setup_apt_package ffmpeg ffmpeg
fi

if [[ "$missing" -ne 0 && "${REQUIRE_ALL_TOOLS:-}" == "1" ]]; then
  echo "setup-tools: some tools could not be installed and REQUIRE_ALL_TOOLS=1" >&2
  exit 1
fi
