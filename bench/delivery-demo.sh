#!/usr/bin/env bash
# End to end over real HTTP and SMTP, with two alerting-service replicas on one database: starts
# the stack (./run-stack --fresh) plus a second alerting-service on 8084, a stand-in Slack
# (WireMock) and a real SMTP server (GreenMail); defines ten off-track KPIs; lets the replicas'
# own schedules evaluate and send; then counts what arrived. Writes under target/delivery-demo/:
# replicas.txt (the counts), slack-message.json (the Block Kit body Slack received for sales.mrr),
# email-subject.txt, email.txt, email.html (its mail), chart.png and deliveries.json.
# Uses 127.0.0.1 ports 8081-8084, 15432 (PostgreSQL), 9099 (Slack) and 3025/3143 (SMTP/IMAP).
# Takes about four minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/delivery-demo
kpis=10
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

wait_for() { for _ in $(seq 1 240); do curl -sf "$1" > /dev/null && return 0; sleep 1; done; echo "no answer from $1" >&2; exit 1; }
wait_for http://127.0.0.1:9099/__admin/mappings
for port in 8081 8082 8083; do wait_for "http://127.0.0.1:$port/q/health/ready"; done

# The second replica: the same jar and database as the stack's alerting-service, on port 8084.
set -a; . .stack-data/env/alerting-service.env; set +a
token=$(./run-stack token --role admin --name demo)
auth=(-H "Authorization: Bearer $token")
QUARKUS_HTTP_PORT=8084 QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:15432/alerting \
  QUARKUS_DATASOURCE_USERNAME=alerting QUARKUS_DATASOURCE_PASSWORD=alerting \
  KPI_DEFINITION_SERVICE_URL=http://127.0.0.1:8081 MEASUREMENT_SERVICE_URL=http://127.0.0.1:8082 \
  QUARKUS_LOG_CONSOLE_JSON_ENABLED=false SMTP_HOST=127.0.0.1 SMTP_PORT=3025 \
  java -jar alerting-service/target/quarkus-app/quarkus-run.jar > "$out/alerting-replica-2.log" 2>&1 &
pids+=($!)
wait_for http://127.0.0.1:8084/q/health/ready

json() { curl -sf -H 'Content-Type: application/json' "${auth[@]}" "$@"; }
field() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
json -X POST http://127.0.0.1:9099/__admin/mappings \
  -d '{"request":{"method":"POST","url":"/services/T000/B000/demo"},"response":{"status":200,"body":"ok"}}' > /dev/null
# Channels and subscriptions first: a cycle that runs while the KPIs are being defined routes
# their alerts too.
slack=$(json -X POST http://127.0.0.1:8083/api/v1/channels \
  -d '{"name": "#sales-kpis", "type": "SLACK", "url": "http://127.0.0.1:9099/services/T000/B000/demo"}' | field '["id"]')
mail=$(json -X POST http://127.0.0.1:8084/api/v1/channels \
  -d '{"name": "sales leads", "type": "EMAIL", "recipients": ["sales-leads@example.com"]}' | field '["id"]')
for channel in "$slack" "$mail"; do
  json -X POST http://127.0.0.1:8083/api/v1/subscriptions \
    -d "{\"name\": \"board KPIs\", \"channelId\": $channel, \"tags\": [\"board\"]}" > /dev/null
done

kpi() { # key, name, owner email
  json -X POST http://127.0.0.1:8081/api/v1/kpis -d "{
    \"key\": \"$1\", \"name\": \"$2\", \"unit\": \"EUR\", \"category\": \"SALES\", \"level\": \"COMPANY\",
    \"owner\": {\"team\": \"sales\", \"name\": \"Ada Lovelace\", \"email\": \"$3\"}, \"tags\": [\"board\"],
    \"indicatorType\": \"LAGGING\", \"direction\": \"HIGHER_IS_BETTER\", \"aggregation\": \"LAST\", \"period\": \"MONTHLY\",
    \"timeZone\": \"UTC\", \"defaultTarget\": 100000, \"staleAfter\": \"P2D\"}" > /dev/null
}
measure() { # key, timestamp, value
  json -X POST http://127.0.0.1:8082/api/v1/measurements \
    -d "{\"kpiKey\": \"$1\", \"timestamp\": \"$2\", \"value\": $3}" > /dev/null
}
kpi sales.mrr "Monthly recurring revenue" ada@example.com
# Five months of history, then this month's actual so far.
for back in 5 4 3 2 1; do
  measure sales.mrr "$(date -u -d "$(date -u +%Y-%m-15) -$back month" +%Y-%m-%dT12:00:00Z)" $((50000 + (5 - back) * 4000))
done
measure sales.mrr "$(date -u +%Y-%m-%dT%H:%M:%SZ)" 61250
for i in $(seq 2 "$kpis"); do
  kpi "sales.region-$i" "Revenue of region $i" "owner-$i@example.com"
  measure "sales.region-$i" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" $((40000 + i * 1000))
done

echo "Set up $kpis KPIs at $(date -u +%T); waiting for the replicas' scheduled cycles..."

# Every KPI fires (each change goes to Slack, to the email channel and to its owner).
for _ in $(seq 1 180); do
  firing=$(curl -sf "${auth[@]}" 'http://127.0.0.1:8083/api/v1/alerts?state=FIRING&size=1' | field '["total"]')
  pending=$(curl -sf "${auth[@]}" 'http://127.0.0.1:8083/api/v1/deliveries?state=PENDING&size=1' | field '["total"]')
  [[ "$firing" -ge "$kpis" && "$pending" == 0 ]] && break
  sleep 1
done
# Another scheduled minute on both replicas: nothing may be evaluated or sent twice.
sleep 70

slack_requests=$(curl -sf -X POST http://127.0.0.1:9099/__admin/requests/count \
  -d '{"method": "POST", "url": "/services/T000/B000/demo"}' | field '["count"]')
curl -sf "${auth[@]}" 'http://127.0.0.1:8083/api/v1/deliveries?size=100' | python3 -m json.tool > "$out/deliveries.json"
curl -sf "${auth[@]}" 'http://127.0.0.1:8083/api/v1/evaluations?size=100' > "$out/evaluations.json"
curl -sf "${auth[@]}" -o "$out/chart.png" http://127.0.0.1:8083/api/v1/kpis/sales.mrr/chart.png
curl -sf http://127.0.0.1:9099/__admin/requests | python3 -c '
import json, sys
bodies = [json.loads(r["request"]["body"]) for r in json.load(sys.stdin)["requests"]]
print(json.dumps(next(b for b in bodies if "(sales.mrr)" in b["text"]), indent=2, ensure_ascii=False))' > "$out/slack-message.json"
python3 - "$out" "$kpis" "$slack_requests" <<'EOF'
import email, email.header, imaplib, json, sys, urllib.request
out, kpis, slack_requests = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])

def get(path):
    return json.load(urllib.request.urlopen("http://127.0.0.1:8083" + path))

# What the replicas decided to tell: every notifying, unsilenced change in the alerts' timelines.
changes = {}
for alert in get("/api/v1/alerts?size=100")["items"]:
    timeline = get(f"/api/v1/alerts/{alert['id']}")["timeline"]
    key = alert["subjectKey"]
    changes[key] = changes.get(key, 0) + sum(1 for e in timeline if e["notifies"] and not e["silenced"])
told = sum(changes.values())

def mails(address):
    imap = imaplib.IMAP4("127.0.0.1", 3143)
    try:
        imap.login(address, address)
    except imaplib.IMAP4.error:
        return []  # GreenMail creates a mailbox with its first mail
    imap.select("INBOX")
    _, ids = imap.search(None, "ALL")
    found = [email.message_from_bytes(imap.fetch(i, "(RFC822)")[1][0][1]) for i in ids[0].split()]
    imap.logout()
    return found

def subject(message):
    return str(email.header.make_header(email.header.decode_header(message["Subject"])))

team = mails("sales-leads@example.com")
owner_of = {"sales.mrr": "ada@example.com", **{f"sales.region-{i}": f"owner-{i}@example.com" for i in range(2, kpis + 1)}}
owners_right = sum(1 for kpi, owner in owner_of.items() if len(mails(owner)) == changes.get(kpi, 0))
mrr = next(m for m in team if "(sales.mrr)" in subject(m))
open(f"{out}/email-subject.txt", "w").write(subject(mrr) + "\n")
for part in mrr.walk():
    if part.get_content_type() in ("text/plain", "text/html"):
        name = "email.txt" if part.get_content_type() == "text/plain" else "email.html"
        open(f"{out}/{name}", "w").write(part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8"))

deliveries = json.load(open(f"{out}/deliveries.json"))["items"]
cycles = sorted(c["startedAt"] for c in json.load(open(f"{out}/evaluations.json"))["items"])
summary = [
    f"KPIs off track: {kpis}; alert changes that notify: {told}",
    f"Slack requests: {slack_requests} (expected {told})",
    f"mails to sales-leads@example.com: {len(team)} (expected {told})",
    f"owners with exactly one mail per change of their KPI's alert: {owners_right} of {len(owner_of)}",
    f"deliveries: {len(deliveries)}, states {sorted({d['state'] for d in deliveries})}, "
    f"attempts {sorted({d['attempts'] for d in deliveries})}",
    f"evaluation cycles: {len(cycles)}, started {', '.join(c[11:19] for c in cycles)}",
]
open(f"{out}/replicas.txt", "w").write("\n".join(summary) + "\n")
print("\n".join(summary))
EOF
for log in .stack-data/logs/alerting-service.log "$out/alerting-replica-2.log"; do
  echo "cycles run by $(basename "$log"): $(grep -c 'Evaluated .* KPIs' "$log" || true)" | tee -a "$out/replicas.txt"
done
echo "Saved under $out: replicas.txt, slack-message.json, email-subject.txt, email.txt, email.html, chart.png"
