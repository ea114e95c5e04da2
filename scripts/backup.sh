#!/usr/bin/env bash
# Backs up 年报汇总平台's database. See docs/backup.md.
#   DATABASE_URL set  → pg_dump custom format (-Fc): consistent snapshot, safe while the API runs.
#   DATABASE_URL unset → the embedded database: a tar.gz of DATA_DIR/pgdata. Stop the API first
#                        (PGlite has no online backup; a copy of a running folder may be torn).
# Usage: scripts/backup.sh [output-file]   (default: ./backups/nianbao-<UTC timestamp>.{dump,tar.gz})
set -euo pipefail

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p backups

if [[ -n "${DATABASE_URL:-}" ]]; then
  out="${1:-backups/nianbao-${stamp}.dump}"
  pg_dump --format=custom --compress=6 --no-owner --no-privileges --file="${out}.partial" "${DATABASE_URL}"
  # Refuse to keep a dump pg_restore cannot read.
  pg_restore --list "${out}.partial" >/dev/null
  mv "${out}.partial" "${out}"
else
  data_dir="${DATA_DIR:-./data}"
  if [[ ! -d "${data_dir}/pgdata" ]]; then
    echo "backup: ${data_dir}/pgdata not found (set DATA_DIR, or DATABASE_URL for PostgreSQL)" >&2
    exit 1
  fi
  if [[ -z "${NIANBAO_API_STOPPED:-}" ]] && pgrep -f "node .*dist/main.js" >/dev/null 2>&1; then
    echo "backup: an API process seems to be running; stop it first (or set NIANBAO_API_STOPPED=1 if it uses another DATA_DIR)" >&2
    exit 1
  fi
  out="${1:-backups/nianbao-${stamp}.tar.gz}"
  tar -C "${data_dir}" -czf "${out}.partial" pgdata
  mv "${out}.partial" "${out}"
fi

if command -v sha256sum >/dev/null; then sha256sum "${out}" > "${out}.sha256"; fi
echo "${out}"
