#!/usr/bin/env bash
# Prints a personal access token (fk_…) of a user, made through the account page as the user would:
#   bench/token.sh http://127.0.0.1:8080 commander fangkong-demo
# For the workload scripts' "Bearer fk_…" argument (HTTP Basic costs a bcrypt per request).
set -euo pipefail
base=${1:?base URL}; user=${2:?user}; password=${3:?password}
jar=$(mktemp); trap 'rm -f "$jar"' EXIT
csrf() { grep -o 'name="_csrf"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="\([^"]*\)".*/\1/'; }
token=$(curl -s -c "$jar" -b "$jar" "$base/login" | csrf)
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$user" --data-urlencode "password=$password" \
  --data-urlencode "_csrf=$token" "$base/login"
token=$(curl -s -c "$jar" -b "$jar" "$base/account/tokens" | csrf)
curl -s -c "$jar" -b "$jar" --data-urlencode "name=bench-$(date +%s%N)" --data-urlencode "validDays=1" \
  --data-urlencode "_csrf=$token" -L "$base/account/tokens" | grep -o 'fk_[A-Za-z0-9_-]*' | head -1
