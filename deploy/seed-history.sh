#!/usr/bin/env bash
# Writes a realistic regional history (five years, eleven countries, every kind of cooperation) onto the
# running local network's lifecycle topic, as the hub, for the figures and their dashboards.
# Usage: ./deploy/seed-history.sh 10000 [last day, default today]
#        (another exchange: COUNTERPART_EXCHANGE_SECRETS=<its secrets directory>)
set -euo pipefail
cd "$(dirname "$0")/.."
[[ $# -ge 1 && $1 =~ ^[0-9]+$ ]] || { echo "usage: $0 <requests> [YYYY-MM-DD]" >&2; exit 2; }
lib=services/local-network/target
[[ -d $lib/setup/lib ]] || ./mvnw -q -B install -DskipTests
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "$lib/classes:$lib/setup/lib/*" org.counterpart.network.LocalNetwork \
  seed-history "$1" "${2:-$(date -u +%F)}" "${COUNTERPART_EXCHANGE_SECRETS:-target/network/exchange-secrets}"
