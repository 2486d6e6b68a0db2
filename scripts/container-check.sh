#!/usr/bin/env bash
# Offline check of the repository's Dockerfile with podman (see README, "Container").
#
# The machine cannot pull from container registries (mcr.microsoft.com is unreachable), but the
# Debian mirror and NuGet are reachable. So we build local stand-ins for
#   mcr.microsoft.com/dotnet/sdk:10.0     (Debian bookworm minbase + the host's .NET SDK)
#   mcr.microsoft.com/dotnet/aspnet:10.0  (Debian bookworm minbase + .NET/ASP.NET runtimes + user app:1654)
# then build the project's Dockerfile unchanged and run the image.
#
# Needs: root, a .NET 10 SDK on the host at $DOTNET_HOST_ROOT, the Debian mirror from /etc/apt/sources.list*.
# Usage: scripts/container-check.sh [project-dir]      (default: this repository)
set -euo pipefail

PROJECT=${1:-$(cd "$(dirname "$0")/.." && pwd)}
WORK=${WORK:-/tmp/airspace-container-check}
# The Debian mirror apt already uses on this machine (override with DEBIAN_MIRROR=...). One of the two files may be
# missing (deb822-only machines): `|| true`, or pipefail would end the script here without a word.
DEBIAN_MIRROR=${DEBIAN_MIRROR:-$( (cat /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null || true) | grep -oE '^(deb|URIs:) +https?://[^ ]+/debian( |$)' | head -1 | awk '{print $2}')}
DOTNET_HOST_ROOT=${DOTNET_HOST_ROOT:-$(dirname "$(readlink -f "$(command -v dotnet)")")}
IMAGE=airspace:test
NAME=airspace-check
# Extra root CAs (*.crt) to trust inside the SDK stand-in, for networks whose HTTPS egress goes through a
# TLS-intercepting proxy (this sandbox does; without it `dotnet restore` fails with NU1301 ... UntrustedRoot).
# Set EXTRA_CA_DIR= (empty) to skip. Only the build stage needs it; the runtime stand-in stays stock.
EXTRA_CA_DIR=${EXTRA_CA_DIR-/usr/local/share/ca-certificates}
PATH_ENV='PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'

mkdir -p "$WORK" && cd "$WORK"

# 1. Tools.
command -v podman >/dev/null && command -v debootstrap >/dev/null && command -v runc >/dev/null || {
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y podman debootstrap runc
}
podman --version

# 2. Minimal Debian rootfs with the native libraries .NET needs.
if [ ! -e rootfs/etc/debian_version ]; then
  debootstrap --variant=minbase \
    --include=libicu72,libssl3,ca-certificates,tzdata,zlib1g,libstdc++6,libgcc-s1 \
    bookworm rootfs "$DEBIAN_MIRROR"
  rm -rf rootfs/var/cache/apt/archives/*.deb rootfs/var/lib/apt/lists/*
fi

# Common image config, mirroring what Microsoft's images set.
COMMON_CHANGES=(
  --change "ENV $PATH_ENV"
  --change 'ENV APP_UID=1654'
  --change 'ENV DOTNET_RUNNING_IN_CONTAINER=true'
  --change 'CMD ["bash"]'
)

# 3. SDK stand-in: rootfs + the whole host SDK under /usr/share/dotnet.
if ! podman image exists mcr.microsoft.com/dotnet/sdk:10.0; then
  rm -rf sdk && cp -a rootfs sdk && mkdir -p sdk/usr/share/dotnet
  cp -a "$DOTNET_HOST_ROOT"/. sdk/usr/share/dotnet/
  ln -sf /usr/share/dotnet/dotnet sdk/usr/bin/dotnet
  if [ -n "$EXTRA_CA_DIR" ] && ls "$EXTRA_CA_DIR"/*.crt >/dev/null 2>&1; then
    cp "$EXTRA_CA_DIR"/*.crt sdk/usr/local/share/ca-certificates/
    chroot sdk update-ca-certificates
  fi
  tar -C sdk -c . | podman import "${COMMON_CHANGES[@]}" \
    --change 'ENV DOTNET_ROOT=/usr/share/dotnet' \
    --change 'ENV DOTNET_NOLOGO=true' \
    --change 'ENV DOTNET_GENERATE_ASPNET_CERTIFICATE=false' \
    --change 'ENV DOTNET_USE_POLLING_FILE_WATCHER=true' \
    --change 'ENV NUGET_XMLDOC_MODE=skip' \
    --change "ENV NUGET_CERT_REVOCATION_MODE=${NUGET_CERT_REVOCATION_MODE:-online}" \
    - mcr.microsoft.com/dotnet/sdk:10.0
  rm -rf sdk
fi

# 4. ASP.NET runtime stand-in: rootfs + dotnet host, host/fxr, NETCore.App and AspNetCore.App 10.x, user app (1654).
if ! podman image exists mcr.microsoft.com/dotnet/aspnet:10.0; then
  rm -rf rt && cp -a rootfs rt && mkdir -p rt/usr/share/dotnet/shared
  cp -a "$DOTNET_HOST_ROOT"/dotnet "$DOTNET_HOST_ROOT"/host rt/usr/share/dotnet/
  for fw in Microsoft.NETCore.App Microsoft.AspNetCore.App; do
    mkdir -p "rt/usr/share/dotnet/shared/$fw"
    cp -a "$DOTNET_HOST_ROOT/shared/$fw"/10.* "rt/usr/share/dotnet/shared/$fw/"
  done
  for f in LICENSE.txt ThirdPartyNotices.txt; do
    [ -e "$DOTNET_HOST_ROOT/$f" ] && cp -a "$DOTNET_HOST_ROOT/$f" rt/usr/share/dotnet/
  done
  ln -sf /usr/share/dotnet/dotnet rt/usr/bin/dotnet
  chroot rt groupadd --system --gid 1654 app
  chroot rt useradd --uid 1654 --gid app --shell /bin/false --create-home --no-log-init app
  tar -C rt -c . | podman import "${COMMON_CHANGES[@]}" \
    --change 'ENV ASPNETCORE_HTTP_PORTS=8080' \
    - mcr.microsoft.com/dotnet/aspnet:10.0
  rm -rf rt
fi
podman images

# 5. Build the project's Dockerfile (unchanged). With --isolation chroot the RUN steps share the host's
#    network, so NuGet restore works without --network host. --format docker keeps the HEALTHCHECK
#    (podman's default OCI format drops it with a warning; docker build always keeps it).
start=$(date +%s)
podman build --isolation chroot --format docker ${BUILD_OPTS:-} -t "$IMAGE" "$PROJECT"
echo "build took $(( $(date +%s) - start ))s"
podman image inspect "$IMAGE" --format 'size={{.Size}} user={{.Config.User}} entrypoint={{.Config.Entrypoint}} cmd={{.Config.Cmd}} volumes={{.Config.Volumes}} healthcheck={{.Config.Healthcheck}}'
podman images "$IMAGE"

# 6. Run it, look for the first alert, probe health, check the uid, then restart on the same volume.
#    Sandbox-specific run options (not needed on a normal Docker/podman host):
#    - crun refuses the host's hybrid cgroup v1/v2 layout ("cgroups in hybrid mode not supported"), so use runc;
#    - the sandbox lacks CAP_SYS_RESOURCE and podman's default rlimits (nofile 1048576, nproc 4194304) can't be
#      set ("setrlimit RLIMIT_NOFILE/RLIMIT_NPROC: Operation not permitted"), so pass lower explicit ulimits.
RUN_OPTS=${RUN_OPTS---runtime runc --ulimit nofile=20000:20000 --ulimit nproc=4096:4096}
ALERT='✈ Pemimpin Korea Utara Kim Jong Un'
fail() { echo "FAIL: $*" >&2; exit 1; }

podman rm -f "$NAME" >/dev/null 2>&1 || true
podman volume rm -f airspace-check-data >/dev/null 2>&1 || true
podman run -d --name "$NAME" -v airspace-check-data:/data $RUN_OPTS "$IMAGE"
sleep 10
podman logs "$NAME" > run1-logs.txt 2>&1; cat run1-logs.txt
grep -q "$ALERT" run1-logs.txt && echo "OK: first alert printed" || fail "no alert in logs"
podman exec "$NAME" dotnet /app/airspace.dll health && echo "OK: health exits 0" || fail "health check"
podman healthcheck run "$NAME" && echo "OK: podman healthcheck run passed" || fail "podman healthcheck run"
podman inspect "$NAME" --format 'health={{.State.Health.Status}} healthcheck={{.Config.Healthcheck}}'
podman exec "$NAME" id
[ "$(podman exec "$NAME" id -u)" = 1654 ] && echo "OK: runs as uid 1654" || fail "not uid 1654"
podman exec "$NAME" ls -la /data
podman stop "$NAME"
podman inspect "$NAME" --format 'stopped: exit={{.State.ExitCode}}'
podman rm "$NAME"

# Second start on the same volume: state persists, so the sample alert must not be posted again.
podman run -d --name "$NAME" -v airspace-check-data:/data $RUN_OPTS "$IMAGE"
sleep 10
podman logs "$NAME" > run2-logs.txt 2>&1; cat run2-logs.txt
grep -q "$ALERT" run2-logs.txt && fail "alert re-posted on restart" || echo "OK: no duplicate alert after restart"
podman stop "$NAME" >/dev/null && podman rm "$NAME" >/dev/null
podman volume rm airspace-check-data >/dev/null
echo "ALL CHECKS PASSED"
