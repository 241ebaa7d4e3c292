#!/bin/sh
# Run a command inside the Debian root next to this launcher (../root), as if it were the host:
# every host directory that is not part of the operating system (the repository, $HOME, /tmp, ...)
# appears at its own path, with /proc, /sys and /dev, and the working directory and environment are
# kept. The mounts live in a private mount namespace made for this one command, so nothing leaks to
# the host and nothing needs unmounting. Needs root (CAP_SYS_ADMIN).
#
# usage: run COMMAND [ARG...]      e.g. run /usr/bin/python3.14 -c 'import sys; print(sys.version)'
set -e
root=$(dirname "$(dirname "$(readlink -f "$0")")")/root
exec unshare --mount --propagation private -- /bin/sh -c '
set -e
root=$1 wd=$2
shift 2
for dir in /*/; do
  dir=${dir%/}
  case $dir in
    /bin|/boot|/dev|/etc|/lib|/lib32|/lib64|/libx32|/lost+found|/proc|/run|/sbin|/sys|/usr|/var) ;;
    *) mkdir -p "$root$dir" && mount --rbind "$dir" "$root$dir" ;;
  esac
done
for dir in /dev /proc /sys; do mount --rbind "$dir" "$root$dir"; done
# Name resolution and trusted certificates as on the host, read-only (uv reaches PyPI from inside).
for file in /etc/resolv.conf /etc/hosts; do
  if [ -f "$file" ]; then touch "$root$file" && mount -o bind,ro "$file" "$root$file"; fi
done
if [ -d /etc/ssl/certs ]; then
  mkdir -p "$root/etc/ssl/certs" && mount -o bind,ro /etc/ssl/certs "$root/etc/ssl/certs"
fi
exec chroot "$root" /bin/sh -c "cd \"\$1\" && shift && exec \"\$@\"" sh "$wd" "$@"
' sh "$root" "$PWD" "$@"
