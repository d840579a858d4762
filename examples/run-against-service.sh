#!/usr/bin/env bash
# Builds the client examples and runs them against the service: starts the built service (../dist) on a
# free port with production settings, against a new database on the PostgreSQL at PG_URL
# (postgres://postgres@127.0.0.1:5432 by default) or, when none answers, on a new embedded one; registers
# an account through the API; runs every example; stops the service and drops the database.
# Fails when any example fails, printing the end of the service's log.
set -euo pipefail
cd "$(dirname "$0")"
examples=$PWD
root=$(cd .. && pwd)

[ -f "$root/dist/src/main.js" ] || (cd "$root" && npm run build)
if [ "${SKIP_INSTALL:-}" != 1 ]; then npm ci --no-audit --no-fund; fi
npm run build

free_port() { node -e "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
pg_url=${PG_URL:-postgres://postgres@127.0.0.1:5432}
admin() { (cd "$root" && node -e "const c=new (require('pg').Client)({connectionString:process.argv[1],connectionTimeoutMillis:3000});c.connect().then(()=>c.query(process.argv[2])).then(()=>c.end()).catch(e=>{console.error(e.message);process.exit(1)})" "$pg_url/postgres" "$1"); }

work=$(mktemp -d)
service_pid=
database=
cleanup() {
  if [ -n "$service_pid" ] && kill -0 "$service_pid" 2>/dev/null; then
    kill -TERM "$service_pid" 2>/dev/null || true
    wait "$service_pid" 2>/dev/null || true
  fi
  if [ -n "$database" ]; then admin "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

port=$(free_port)
# Webhooks go to the example's own receiver on this machine: loopback is allowed here, never by default.
env_vars=(NODE_ENV=production HOST=127.0.0.1 PORT="$port" LOG_LEVEL=warn WEBHOOK_ALLOW_PRIVATE_TARGETS=loopback JOB_RELAY_INTERVAL_MS=200 MAIL_DIR="$work/mail" JWT_SECRET="$(node -e "console.log(require('node:crypto').randomBytes(32).toString('base64url'))")")
if admin "SELECT 1" 2>/dev/null; then
  database="th_examples_$(date +%s)_$$"
  admin "CREATE DATABASE $database"
  env_vars+=(DATABASE_URL="$pg_url/$database")
  echo "service on port $port, database $database at $pg_url"
else
  env_vars+=(EMBEDDED_PG_DATA_DIR="$work/postgres" EMBEDDED_PG_PORT="$(free_port)" SEED_DEMO_DATA=false)
  echo "service on port $port, new embedded database in $work"
fi

(cd "$root" && exec env "${env_vars[@]}" node dist/src/main.js) >"$work/service.log" 2>&1 &
service_pid=$!

export API_URL="http://127.0.0.1:$port"
ready=
for _ in $(seq 1 120); do
  if ! kill -0 "$service_pid" 2>/dev/null; then break; fi
  if node -e "fetch(process.argv[1]).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))" "$API_URL/health/ready"; then ready=1; break; fi
  sleep 0.5
done
if [ -z "$ready" ]; then
  echo "the service did not become ready:" >&2
  tail -n 30 "$work/service.log" >&2
  exit 1
fi

failed=()
API_TOKEN=$(node dist/register.js) || failed+=(register)
export API_TOKEN
if [ ${#failed[@]} -eq 0 ]; then
  for example in create-organization page-organizations subscribe-activity verify-webhook receive-webhook; do
    echo "== $example"
    extra=()
    [ "$example" = page-organizations ] && extra=(EXPECT_PAGES=2)
    if ! env "${extra[@]}" node "dist/$example.js"; then failed+=("$example"); fi
  done
fi

if [ ${#failed[@]} -gt 0 ]; then
  echo "failed: ${failed[*]}; the end of the service's log:" >&2
  tail -n 30 "$work/service.log" >&2
  exit 1
fi
echo "all examples passed against $API_URL"
