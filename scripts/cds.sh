#!/bin/sh
# Spring Boot's class data sharing (CDS) for the production start (docs/benchmark.md, "Cold start").
# The Dockerfile runs these three steps, and scripts/bench-startup.sh runs the very same ones, so the
# benchmark proves what the image does.
#
#   cds.sh extract JAR DIR   unpack the executable jar: DIR/baocao.jar (the classes, a manifest class path)
#                            and DIR/lib/*.jar (the dependencies), the layout CDS needs
#   cds.sh train DIR         training run: starts the application until its context is refreshed (Flyway,
#                            the Camunda engine, Vaadin, every singleton bean), then exits and writes the class
#                            archive DIR/app.jsa. Needs SPRING_DATASOURCE_URL/_USERNAME/_PASSWORD of a reachable
#                            scratch database (it creates the schema there); nothing else, nothing is seeded.
#   cds.sh run DIR [ARGS]    the production start: java $JAVA_OPTS with the archive, -jar DIR/baocao.jar.
#                            Without DIR/app.jsa (or with an archive from another JVM) it starts as usual,
#                            only slower: the JVM ignores an archive it cannot map.
#
# The archive is only valid for the same JVM build and the same jar files at the same paths: train in the
# image that runs the application, on the directory it runs from.
set -eu

cmd=${1:?usage: cds.sh extract JAR DIR | train DIR | run DIR [ARGS]}
shift

case "$cmd" in
  extract)
    jar=${1:?jar}; dir=${2:?dir}
    rm -rf "$dir"
    java -Djarmode=tools -jar "$jar" extract --destination "$dir" --application-filename baocao.jar
    ;;
  train)
    dir=${1:?dir}
    rm -f "$dir/app.jsa"
    # spring.context.exit=onRefresh: stop right after the refresh (no application runners, no bootstrap);
    # the archive is written as the JVM exits. Warnings about classes CDS cannot store are expected.
    java ${JAVA_OPTS:-} -XX:ArchiveClassesAtExit="$dir/app.jsa" -Dspring.context.exit=onRefresh \
         -jar "$dir/baocao.jar" > "$dir/training.log" 2>&1 \
      || {
        # the application still starts without an archive, only slower; a dependency whose manifest names a
        # directory on the class path (LibreOffice's UNO jar: "Class-Path: ../") makes the JVM refuse to dump
        grep -q "non-empty directory" "$dir/training.log" \
          || { tail -n 40 "$dir/training.log" >&2; echo "cds.sh: training run failed, see $dir/training.log" >&2; exit 1; }
        rm -f "$dir/app.jsa"
        echo "cds.sh: warning: no class data archive (a directory on the class path), see $dir/training.log" >&2
      }
    # a JVM without a base CDS archive writes none: the application then starts as before, only slower
    test -s "$dir/app.jsa" || echo "cds.sh: warning: no archive written, see $dir/training.log" >&2
    ;;
  run)
    dir=${1:?dir}; shift
    archive=
    if [ -f "$dir/app.jsa" ]; then archive="-XX:SharedArchiveFile=$dir/app.jsa"; fi
    case " ${JAVA_OPTS:-} " in
      # OpenJDK 17.0.15 crashes (SIGSEGV in check_shared_class_file_load_hook) when a class file load hook (JFR,
      # an agent) meets the dynamic archive: start without it then
      *" -XX:StartFlightRecording"*|*" -javaagent:"*|*" -agentlib:"*|*" -agentpath:"*) archive= ;;
    esac
    # shellcheck disable=SC2086
    exec java $archive ${JAVA_OPTS:-} -jar "$dir/baocao.jar" "$@"
    ;;
  *)
    echo "usage: cds.sh extract JAR DIR | train DIR | run DIR [ARGS]" >&2; exit 2 ;;
esac
