#!/usr/bin/env bash
# What the gateway costs: reads of one contract per second through the gateway, and straight to contract-service
# with an internal token, on the same machine; prints both and their ratio.
# Usage: bench/gateway-overhead.sh [seconds per run, default 20]   (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-20}
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }

DATA=$(mktemp -d)
./mvnw -q -B -DskipTests package
# The rate limiter stays on (its cost is part of the gateway's), with an allowance no benchmark client exhausts.
SOCIALGOV_RATE_LIMIT_PER_SECOND=1000000 SOCIALGOV_RATE_LIMIT_BURST=1000000 \
java -cp "local-suite/target/classes:$(cat local-suite/target/runtime-classpath.txt)" \
  org.socialgov.suite.SuiteLauncher --data-dir "$DATA" --store-port 0 > "$DATA/launcher.log" 2>&1 &
LAUNCHER=$!
trap 'kill $LAUNCHER 2>/dev/null; wait $LAUNCHER 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 120); do grep -q "SocialGov is running" "$DATA/launcher.log" && break; sleep 1; done
grep -q "SocialGov is running" "$DATA/launcher.log" || { cat "$DATA/launcher.log"; exit 1; }

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
TOKEN=$(curl -s -X POST localhost:8080/dev/tokens -H 'Content-Type: application/json' \
  -d '{"subject":"bench","tenant":"acme","roles":["CONTRACT_MANAGER"],"ttlMinutes":120}' \
  | sed 's/.*"token":"\([^"]*\)".*/\1/')
CONTRACT=$(curl -s -X POST localhost:8080/api/contracts -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: application/json' -d '{"title":"Bench","provider":{"providerId":"agency-blue","name":"Blue",
  "kind":"AGENCY"},"terms":{"scope":{"platforms":["X"],"postsPerMonth":4},
  "fees":{"baseMonthlyFee":{"currency":"EUR","amount":"100"}},"term":{"start":"2027-01-01","end":"2027-12-31"}}}' \
  | sed 's/.*"contractId":"\([^"]*\)".*/\1/')

# An internal token as the gateway would sign it, for the direct runs.
SECRET=$(sed -n 's/^internal-token-secret=//p' "$DATA/suite-secrets.properties")
NOW=$(date +%s)
HEADER=$(printf '{"alg":"HS256","typ":"JWT"}' | b64url)
CLAIMS=$(printf '{"sub":"bench","tenant":"acme","roles":["CONTRACT_MANAGER"],"iss":"socialgov-gateway","iat":%d,"exp":%d}' \
  "$NOW" "$((NOW + 7200))" | b64url)
SIGNATURE=$(printf '%s.%s' "$HEADER" "$CLAIMS" | openssl dgst -sha256 -hmac "$SECRET" -binary | b64url)
INTERNAL="$HEADER.$CLAIMS.$SIGNATURE"

rate() { # url token -> requests per second
  wrk -t2 -c16 -d"${SECONDS_PER_RUN}s" -H "Authorization: Bearer $2" "$1" | awk '/Requests\/sec/ {print $2}'
}
echo "Warming up both paths (JIT)..."
rate "http://localhost:8081/contracts/$CONTRACT" "$INTERNAL" >/dev/null
rate "http://localhost:8080/api/contracts/$CONTRACT" "$TOKEN" >/dev/null
DIRECT=$(rate "http://localhost:8081/contracts/$CONTRACT" "$INTERNAL")
GATEWAY=$(rate "http://localhost:8080/api/contracts/$CONTRACT" "$TOKEN")
echo "GET one contract, wrk -t2 -c16, ${SECONDS_PER_RUN}s per run, everything on this machine:"
echo "  straight to contract-service: $DIRECT req/s"
echo "  through the gateway:          $GATEWAY req/s"
awk -v g="$GATEWAY" -v d="$DIRECT" 'BEGIN { printf "  ratio gateway/direct:         %.2f\n", g / d }'
