#!/usr/bin/env bash
# End to end over real HTTP and SMTP: starts the stack (./run-stack --fresh) with a stand-in Slack
# (WireMock) and a real SMTP server (GreenMail), defines an off-track KPI, runs an evaluation, and
# saves what was delivered under target/delivery-demo/: slack-message.json (the Block Kit body
# Slack received), email.txt / email.html (the parts of the mail), chart.png, deliveries.json.
# Uses 127.0.0.1 ports 8081-8083 (the stack), 9099 (Slack) and 3025/3143 (SMTP/IMAP).
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/delivery-demo
rm -rf "$out" && mkdir -p "$out/wiremock/mappings"

./mvnw -q -B dependency:copy -Dartifact=org.wiremock:wiremock-standalone:3.13.2 -DoutputDirectory="$out"
./mvnw -q -B dependency:copy -Dartifact=com.icegreen:greenmail-standalone:2.1.13 -DoutputDirectory="$out"

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

java -jar "$out/wiremock-standalone-3.13.2.jar" --bind-address 127.0.0.1 --port 9099 \
  --root-dir "$out/wiremock" --disable-banner > "$out/slack.log" 2>&1 &
pids+=($!)
java -Dgreenmail.setup.test.smtp -Dgreenmail.setup.test.imap -Dgreenmail.hostname=127.0.0.1 \
  -jar "$out/greenmail-standalone-2.1.13.jar" > "$out/smtp.log" 2>&1 &
pids+=($!)
SMTP_HOST=127.0.0.1 SMTP_PORT=3025 ./run-stack --fresh > "$out/stack.log" 2>&1 &
pids+=($!)

wait_for() { for _ in $(seq 1 180); do curl -sf "$1" > /dev/null && return 0; sleep 1; done; echo "no answer from $1" >&2; exit 1; }
wait_for http://127.0.0.1:9099/__admin/mappings
for port in 8081 8082 8083; do wait_for "http://127.0.0.1:$port/q/health/ready"; done

json() { curl -sf -H 'Content-Type: application/json' -H 'X-Actor: demo' "$@"; }
json -X POST http://127.0.0.1:9099/__admin/mappings \
  -d '{"request":{"method":"POST","url":"/services/T000/B000/demo"},"response":{"status":200,"body":"ok"}}' > /dev/null

json -X POST http://127.0.0.1:8081/api/v1/kpis -d '{
  "key": "sales.mrr", "name": "Monthly recurring revenue", "unit": "EUR", "category": "SALES", "level": "COMPANY",
  "owner": {"team": "sales", "name": "Ada Lovelace", "email": "ada@example.com"}, "tags": ["board"],
  "indicatorType": "LAGGING", "direction": "HIGHER_IS_BETTER", "aggregation": "LAST", "period": "MONTHLY",
  "timeZone": "UTC", "defaultTarget": 100000, "staleAfter": "P2D"}' > /dev/null
# Five months of history, then this month's actual so far.
for back in 5 4 3 2 1; do
  json -X POST http://127.0.0.1:8082/api/v1/measurements -d "{\"kpiKey\": \"sales.mrr\",
    \"timestamp\": \"$(date -u -d "$(date -u +%Y-%m-15) -$back month" +%Y-%m-%dT12:00:00Z)\", \"value\": $((50000 + (5 - back) * 4000))}" > /dev/null
done
json -X POST http://127.0.0.1:8082/api/v1/measurements \
  -d "{\"kpiKey\": \"sales.mrr\", \"timestamp\": \"$(date -u +%Y-%m-%dT%H:%M:%SZ)\", \"value\": 61250}" > /dev/null

slack=$(json -X POST http://127.0.0.1:8083/api/v1/channels \
  -d '{"name": "#sales-kpis", "type": "SLACK", "url": "http://127.0.0.1:9099/services/T000/B000/demo"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
mail=$(json -X POST http://127.0.0.1:8083/api/v1/channels \
  -d '{"name": "sales leads", "type": "EMAIL", "recipients": ["sales-leads@example.com"]}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
for channel in "$slack" "$mail"; do
  json -X POST http://127.0.0.1:8083/api/v1/subscriptions \
    -d "{\"name\": \"board KPIs\", \"channelId\": $channel, \"tags\": [\"board\"]}" > /dev/null
done

json -X POST http://127.0.0.1:8083/api/v1/evaluations/run > "$out/evaluation.json"
for _ in $(seq 1 30); do
  pending=$(curl -sf 'http://127.0.0.1:8083/api/v1/deliveries?state=PENDING' | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
  [[ "$pending" == 0 ]] && break
  sleep 1
done
curl -sf 'http://127.0.0.1:8083/api/v1/deliveries' | python3 -m json.tool > "$out/deliveries.json"
curl -sf http://127.0.0.1:9099/__admin/requests | python3 -c '
import json, sys
requests = json.load(sys.stdin)["requests"]
print(json.dumps(json.loads(requests[0]["request"]["body"]), indent=2, ensure_ascii=False))' > "$out/slack-message.json"
curl -sf -o "$out/chart.png" http://127.0.0.1:8083/api/v1/kpis/sales.mrr/chart.png
python3 - "$out" <<'EOF'
import email, email.header, imaplib, sys
out = sys.argv[1]
imap = imaplib.IMAP4("127.0.0.1", 3143)
imap.login("sales-leads@example.com", "sales-leads@example.com")
imap.select("INBOX")
_, ids = imap.search(None, "ALL")
_, data = imap.fetch(ids[0].split()[0], "(RFC822)")
message = email.message_from_bytes(data[0][1])
open(f"{out}/email-subject.txt", "w").write(str(email.header.make_header(email.header.decode_header(message["Subject"]))) + "\n")
for part in message.walk():
    kind = part.get_content_type()
    if kind in ("text/plain", "text/html"):
        name = "email.txt" if kind == "text/plain" else "email.html"
        open(f"{out}/{name}", "w").write(part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8"))
EOF
echo "Saved under $out: slack-message.json, email-subject.txt, email.txt, email.html, chart.png, deliveries.json"
