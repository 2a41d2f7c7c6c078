#!/usr/bin/env bash
# Starts the whole network on this machine without Docker: Kafka, PostgreSQL, Keycloak, routing,
# tracking and one mla-request instance per country (COUNTERPART_COUNTRIES, default TH,MY,PH).
# Prints where everything listens and how to get a token; Ctrl-C stops it all.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B install -DskipTests
exec ./mvnw -q -B -pl services/local-network exec:java
