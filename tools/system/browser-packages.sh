#!/bin/sh
# What `make test-browser` needs from the system: Debian's Chromium and CJK fonts (never
# `playwright install`), Java for the HTML checker and Node/npm for the npm tools. apt-get runs
# only when something is missing, and only as root; otherwise it says what to install.
set -eu
missing=""
if [ -z "${CHROMIUM:-}" ]; then  # CHROMIUM=/path/to/chrome: another browser, none to install
  command -v chromium >/dev/null || missing="$missing chromium"
  command -v chromedriver >/dev/null || missing="$missing chromium-driver"
fi
command -v fc-list >/dev/null || missing="$missing fontconfig"
fc-list :lang=zh-cn 2>/dev/null | grep -q . || missing="$missing fonts-noto-cjk"
command -v java >/dev/null || missing="$missing default-jre-headless"
command -v npm >/dev/null || missing="$missing nodejs npm"
[ -z "$missing" ] && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "make test-browser needs these Debian packages:$missing; install them (as root: apt-get install$missing), or set CHROMIUM=/path/to/chrome for another browser" >&2
  exit 2
fi
apt-get update
DEBIAN_FRONTEND=noninteractive apt-get install -y $missing
