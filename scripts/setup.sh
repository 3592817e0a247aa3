#!/usr/bin/env bash
# One setup for a fresh machine, used by the README's two commands and by .ci/run: the system's Chromium (the e2e
# tests and `npm start` use it; no Playwright browser is ever downloaded) and ffmpeg (sample clips for frame
# analysis) through the system's package manager when they are missing, then `npm ci`.
set -euo pipefail
cd "$(dirname "$0")/.."

have() { command -v "$1" >/dev/null 2>&1; }

missing=()
if [[ -n "${CHROME_PATH:-}" && -x "${CHROME_PATH}" ]] || have chromium || have chromium-browser || have google-chrome || have google-chrome-stable; then
  :
else
  missing+=(chromium)
fi
have ffmpeg || missing+=(ffmpeg)

if ((${#missing[@]} > 0)); then
  sudo_cmd=()
  if [[ "$(id -u)" -ne 0 ]]; then
    if have sudo; then sudo_cmd=(sudo); else
      echo "setup: ${missing[*]} missing and no sudo to install it. Install it yourself, then run npm ci." >&2
      exit 1
    fi
  fi
  if have apt-get; then
    echo "setup: installing ${missing[*]} with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    "${sudo_cmd[@]}" apt-get update
    "${sudo_cmd[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
  elif have dnf; then
    echo "setup: installing ${missing[*]} with dnf"
    "${sudo_cmd[@]}" dnf install -y "${missing[@]}"
  else
    echo "setup: ${missing[*]} missing. Install Chromium (or Chrome, then set CHROME_PATH) and ffmpeg with your" \
      "system's package manager, then run this again." >&2
    exit 1
  fi
else
  echo "setup: Chromium and ffmpeg already installed."
fi

# Belt and braces: nothing in the install may fetch a browser.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
npm ci
