# Build: the production jar (Vaadin production bundle, no embedded database, no demo data), unpacked for CDS.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml mvnw ./
COPY .mvn .mvn
RUN ./mvnw -B -Pproduction dependency:go-offline || true
COPY src src
COPY bpmn bpmn
COPY frontend frontend
COPY scripts/cds.sh scripts/StripClassPath.java scripts/
RUN ./mvnw -B -Pproduction -DskipTests package \
 && scripts/cds.sh extract "$(ls target/baocao-*.jar)" /src/app

# Run: JRE plus LibreOffice (PDF export), a Times New Roman-metric font with every Vietnamese letter, and curl
# for the health check (/readyz).
FROM eclipse-temurin:17-jre AS run
RUN apt-get update \
 && apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-liberation2 curl \
 && rm -rf /var/lib/apt/lists/*
RUN useradd --system --create-home baocao
COPY scripts/cds.sh /usr/local/bin/cds.sh
USER baocao
WORKDIR /home/baocao
# the unpacked jar: app/baocao.jar and app/lib/ (scripts/cds.sh extract; the dependencies without their own
# manifest Class-Path, which would put a directory on the class path and make the archive impossible)
COPY --from=build --chown=baocao /src/app app
ENV SPRING_PROFILES_ACTIVE=prod JAVA_OPTS="-Xmx512m"
# 8080: users and the probes /livez, /readyz. 8081: Actuator for operators (loopback unless MANAGEMENT_ADDRESS).
EXPOSE 8080 8081
ENTRYPOINT ["cds.sh", "run", "/home/baocao/app"]

# Training run for Spring Boot's class data sharing (docs/benchmark.md, "Cold start"): in this same image (the
# archive only fits the JVM and the jar files it was made with), against a throw-away PostgreSQL that exists
# only in this stage. The application starts until its context is refreshed and exits; app/app.jsa is kept.
# A training run that writes no archive fails the build.
FROM run AS train
USER root
RUN apt-get update \
 && apt-get install -y --no-install-recommends postgresql \
 && rm -rf /var/lib/apt/lists/*
RUN pg_ctlcluster "$(ls /etc/postgresql)" main start \
 && su postgres -c "psql -qc \"alter user postgres password 'training'\" -c 'create database training'" \
 && SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/training SPRING_DATASOURCE_USERNAME=postgres \
    SPRING_DATASOURCE_PASSWORD=training cds.sh train /home/baocao/app \
 && pg_ctlcluster "$(ls /etc/postgresql)" main stop

# The image: the run stage plus the archive. cds.sh run starts java -XX:SharedArchiveFile=app/app.jsa
# $JAVA_OPTS -jar app/baocao.jar; without a usable archive it starts the same application, only slower.
FROM run
COPY --from=train --chown=baocao /home/baocao/app/app.jsa app/app.jsa
