#!/usr/bin/env bash
# Class-data sharing for a faster start (issue #19, PERFORMANCE.md W7; docs/operations.md "Faster start").
#
#     scripts/cds-archive.sh [JAR] [DIR]
#
# unpacks the packaged jar (JAR, default target/fangkong-0.1.0-SNAPSHOT.jar) into DIR (default target/cds) the way
# Spring Boot's jar tools do (`-Djarmode=tools extract`), then makes a training run that starts the application on a
# throw-away H2 folder and stops it as soon as its context is refreshed (`-Dspring.context.exit=onRefresh`), with
# the JVM writing the classes it loaded into DIR/fangkong.jsa. Start the platform from the unpacked jar with that
# archive afterwards:
#
#     java -XX:SharedArchiveFile=DIR/fangkong.jsa -Xmx512m -XX:+UseSerialGC -jar DIR/fangkong-0.1.0-SNAPSHOT.jar ...
#
# The archive belongs to that jar and that JDK: make it again after every upgrade of either (the JVM ignores an
# archive that does not match, with a warning, and starts without it).
set -euo pipefail
cd "$(dirname "$0")/.."
jar="${1:-target/fangkong-0.1.0-SNAPSHOT.jar}"
dir="${2:-target/cds}"
[ -f "$jar" ] || { echo "cds-archive: no $jar (./mvnw -B package -DskipTests first)"; exit 2; }
rm -rf "$dir"
java -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null
train="$(mktemp -d)"
trap 'rm -rf "$train"' EXIT
java -XX:ArchiveClassesAtExit="$dir/fangkong.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -Dspring.context.exit=onRefresh \
	-jar "$dir/$(basename "$jar")" --spring.profiles.active=demo --fangkong.data-dir="$train" --server.port=0 \
	>"$dir/training.log" 2>&1
[ -s "$dir/fangkong.jsa" ] || { echo "cds-archive: the training run made no archive; see $dir/training.log"; exit 1; }
echo "cds-archive: $dir/fangkong.jsa ($(du -m "$dir/fangkong.jsa" | cut -f1) MB) for $dir/$(basename "$jar")"
