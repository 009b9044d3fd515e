# Build: the production jar (Vaadin production bundle, no embedded database, no demo data).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml mvnw ./
COPY .mvn .mvn
RUN ./mvnw -B -Pproduction dependency:go-offline || true
COPY src src
COPY bpmn bpmn
COPY frontend frontend
RUN ./mvnw -B -Pproduction -DskipTests package

# Run: JRE plus LibreOffice (PDF export), a Times New Roman-metric font with every Vietnamese letter, and curl
# for the health check (/readyz).
FROM eclipse-temurin:17-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-liberation2 curl \
 && rm -rf /var/lib/apt/lists/*
RUN useradd --system --create-home baocao
USER baocao
WORKDIR /home/baocao
COPY --from=build /src/target/baocao-*.jar app.jar
ENV SPRING_PROFILES_ACTIVE=prod JAVA_OPTS="-Xmx512m"
# 8080: users and the probes /livez, /readyz. 8081: Actuator for operators (loopback unless MANAGEMENT_ADDRESS).
EXPOSE 8080 8081
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar app.jar"]
