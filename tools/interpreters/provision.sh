#!/bin/sh
# Provision the CPython versions that no stable Debian or pyenv here ships (3.14, 3.15) from Debian's
# unstable suite into DIR, reproducibly and once: DIR/root is a minimal Debian root made by
# debootstrap, DIR/bin/pythonX.Y are launchers that run it in a private mount namespace (run.sh),
# DIR/versions lists the full versions obtained. The host's apt sources are never touched.
#
# Where this cannot work (not root, no apt-get, no network), it says why and exits 0: the build
# then uses the interpreters it finds, and pages say which versions were not run.
#
# usage: provision.sh DIR
set -eu
dir=$1
here=$(dirname "$(readlink -f "$0")")
suite=sid                       # Debian unstable: the only suite carrying 3.14 and 3.15 today
mirror=http://deb.debian.org/debian
versions="3.14 3.15"
packages=$(printf 'python%s,' $versions)

skip() {
  echo "CPython $versions not provisioned: $*" >&2
  echo "The build goes on with the interpreters it finds; pages say which versions were not run." >&2
  exit 0
}
[ "$(id -u)" = 0 ] || skip "provisioning needs root (debootstrap, mount namespaces)"
command -v unshare >/dev/null || skip "unshare (util-linux) is missing"
if ! command -v debootstrap >/dev/null; then
  command -v apt-get >/dev/null || skip "debootstrap is missing and there is no apt-get to install it"
  echo "Installing debootstrap (host suite only)"
  { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap; } >&2 \
    || skip "apt-get could not install debootstrap"
fi

mkdir -p "$dir"
exec 9>"$dir/.lock"
flock 9  # one provisioning at a time; the others wait, then find it done
if [ ! -x "$dir/root/usr/bin/python${versions##* }" ]; then
  rm -rf "$dir/root.partial"
  echo "Provisioning CPython $versions: debootstrap $suite from $mirror into $dir/root (about 100 s)"
  debootstrap --variant=minbase --include="${packages%,}" "$suite" "$dir/root.partial" "$mirror" \
    >"$dir/debootstrap.log" 2>&1 \
    || { tail -n 20 "$dir/debootstrap.log" >&2; rm -rf "$dir/root.partial"; skip "debootstrap failed (log above)"; }
  rm -rf "$dir/root.partial/var/cache/apt/archives/"*.deb
  mv "$dir/root.partial" "$dir/root"
fi
mkdir -p "$dir/bin"
cp "$here/run.sh" "$dir/bin/run"
: >"$dir/versions.partial"
for v in $versions; do
  printf '#!/bin/sh\n# CPython %s from %s/root (see run)\nexec "$(dirname "$(readlink -f "$0")")/run" /usr/bin/python%s "$@"\n' \
    "$v" "$dir" "$v" >"$dir/bin/python$v"
  chmod +x "$dir/bin/python$v"
  "$dir/bin/python$v" -c 'import platform; print(platform.python_version())' >>"$dir/versions.partial"
done
mv "$dir/versions.partial" "$dir/versions"
echo "CPython from Debian $suite in $dir: $(tr '\n' ' ' <"$dir/versions")"
# Unstable moves on; say so when these are not the releases the outputs were recorded with.
if ! cmp -s "$dir/versions" "$here/recorded-versions"; then
  echo "Note: the outputs were recorded with CPython $(tr '\n' ' ' <"$here/recorded-versions")(tools/interpreters/recorded-versions)." >&2
  echo "If the tests disagree, re-record (make update-outputs) and update that file." >&2
fi
