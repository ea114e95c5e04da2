#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh. See docs/backup.md.
#   *.dump   → pg_restore into DATABASE_URL (an empty database, or --clean to replace the objects in it).
#   *.tar.gz → the embedded database: unpacks into DATA_DIR/pgdata (which must not exist; API stopped).
# Usage: DATABASE_URL=postgres://… scripts/restore.sh backup.dump [--clean]
#        DATA_DIR=./data            scripts/restore.sh backup.tar.gz
set -euo pipefail

in="${1:?usage: scripts/restore.sh <backup.dump|backup.tar.gz> [--clean]}"
if [[ -f "${in}.sha256" ]]; then sha256sum --check --quiet "${in}.sha256"; fi

case "${in}" in
  *.tar.gz)
    data_dir="${DATA_DIR:-./data}"
    if [[ -e "${data_dir}/pgdata" ]]; then
      echo "restore: ${data_dir}/pgdata exists; move it away first" >&2
      exit 1
    fi
    mkdir -p "${data_dir}"
    tar -C "${data_dir}" -xzf "${in}"
    ;;
  *)
    : "${DATABASE_URL:?restore: set DATABASE_URL to the target database}"
    clean=()
    if [[ "${2:-}" == "--clean" ]]; then clean=(--clean --if-exists); fi
    pg_restore --no-owner --no-privileges --exit-on-error --single-transaction "${clean[@]}" --dbname="${DATABASE_URL}" "${in}"
    ;;
esac
echo "restored ${in}"
