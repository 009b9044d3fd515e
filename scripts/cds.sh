#!/bin/sh
# Spring Boot's class data sharing (CDS) for the production start (docs/benchmark.md, "Cold start").
# The Dockerfile runs these three steps, and scripts/bench-startup.sh runs the very same ones, so the
# benchmark proves what the image does.
#
#   cds.sh extract JAR DIR   unpack the executable jar: DIR/baocao.jar (the classes, a manifest class path)
#                            and DIR/lib/*.jar (the dependencies), the layout CDS needs. The dependencies'
#                            own Class-Path entries are removed (StripClassPath.java beside this script): the
#                            JVM archives no class path with a directory on it, and LibreOffice's UNO jar
#                            names "../"; the executable jar's launcher never followed them either.
#   cds.sh train DIR         training run: starts the application until its context is refreshed (Flyway,
#                            the Camunda engine, Vaadin, every singleton bean), then exits and writes the class
#                            archive DIR/app.jsa. Needs SPRING_DATASOURCE_URL/_USERNAME/_PASSWORD of a reachable
#                            scratch database (it creates the schema there); nothing else, nothing is seeded.
#                            Fails when the run fails or writes no archive.
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
    java "$(dirname "$0")/StripClassPath.java" "$dir/lib"
    ;;
  train)
    dir=${1:?dir}
    rm -f "$dir/app.jsa"
    # spring.context.exit=onRefresh: stop right after the refresh (no application runners, no bootstrap);
    # the archive is written as the JVM exits. Warnings about classes CDS cannot store are expected.
    java ${JAVA_OPTS:-} -XX:ArchiveClassesAtExit="$dir/app.jsa" -Dspring.context.exit=onRefresh \
         -jar "$dir/baocao.jar" > "$dir/training.log" 2>&1 \
      || { tail -n 40 "$dir/training.log" >&2; echo "cds.sh: training run failed, see $dir/training.log" >&2; exit 1; }
    # the JVM can end well and still write nothing (no base CDS archive of its own, a directory on the class path)
    test -s "$dir/app.jsa" \
      || { grep -i "cds\|archive\|directory" "$dir/training.log" | tail -n 20 >&2
           echo "cds.sh: the training run wrote no archive $dir/app.jsa, see $dir/training.log" >&2; exit 1; }
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
