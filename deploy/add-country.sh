#!/usr/bin/env bash
# Provisions a country joining the running local network (deploy/run-local-network.sh): its two
# topics and its Kafka principal with exactly its grants. Prints the settings to hand its operator.
# Usage: ./deploy/add-country.sh NZ
set -euo pipefail
cd "$(dirname "$0")/.."
[[ $# -eq 1 && $1 =~ ^[A-Z]{2}$ ]] || { echo "usage: $0 <ISO 3166-1 alpha-2 code>" >&2; exit 2; }
exec ./mvnw -q -B -pl services/local-network exec:java -Dexec.args="add-country $1"
