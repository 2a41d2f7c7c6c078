#!/usr/bin/env bash
# Provisions a country joining the running local network (deploy/run-local-network.sh): its two
# topics and its Kafka principal with exactly its grants. Prints the settings to hand its operator.
# Usage: ./deploy/add-country.sh NZ   (another exchange: COUNTERPART_EXCHANGE_SECRETS=<its secrets directory>)
set -euo pipefail
cd "$(dirname "$0")/.."
[[ $# -eq 1 && $1 =~ ^[A-Z]{2}$ ]] || { echo "usage: $0 <ISO 3166-1 alpha-2 code>" >&2; exit 2; }
lib=services/local-network/target
[[ -d $lib/setup/lib ]] || ./mvnw -q -B install -DskipTests
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "$lib/classes:$lib/setup/lib/*" org.counterpart.network.LocalNetwork \
  add-country "$1" "${COUNTERPART_EXCHANGE_SECRETS:-target/network/exchange-secrets}"
