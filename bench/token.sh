#!/usr/bin/env bash
# Logs USER (password PASSWORD) in to a running platform at BASE the way a person does (the login form, with its
# CSRF token) and prints either a new personal access token, taken from "my tokens" (valid for a day; the page
# shows its secret once), or, with --cookie, the session's Cookie header value for the pages.
# usage: bench/token.sh [--cookie] BASE USER [PASSWORD]
set -euo pipefail
cookie=no
if [ "${1:-}" = --cookie ]; then cookie=yes; shift; fi
base="$1"; user="$2"; password="${3:-fangkong-demo}"
jar="$(mktemp)"; trap 'rm -f "$jar"' EXIT
csrf() { sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1; }
token="$(curl -fsS -c "$jar" -b "$jar" "$base/login" | csrf)"
curl -fsS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$user" --data-urlencode "password=$password" \
	--data-urlencode "_csrf=$token" "$base/login"
if [ "$cookie" = yes ]; then
	# Netscape cookie file: name and value are the last two fields
	awk -F'\t' 'NF >= 7 && $6 != "" {printf "%s%s=%s", (n++ ? "; " : ""), $6, $7} END {print ""}' "$jar"
	exit 0
fi
token="$(curl -fsS -c "$jar" -b "$jar" "$base/account/tokens" | csrf)"
page="$(curl -fsS -L -c "$jar" -b "$jar" --data-urlencode "name=bench-$(date +%s%N)" --data-urlencode "validDays=1" \
	--data-urlencode "_csrf=$token" "$base/account/tokens")"
secret="$(printf '%s' "$page" | tr -d '\n' | sed -n 's/.*id="token-secret"[^>]*>\([^<]*\)<.*/\1/p')"
[ -n "$secret" ] || { echo "token.sh: no token secret on the page for $user" >&2; exit 1; }
printf '%s\n' "$secret"
