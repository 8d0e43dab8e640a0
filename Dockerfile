# Builds the production jar (Vaadin's pre-built production bundle, no npm), unpacks it and writes its class data
# sharing archive (ADR 023), then runs it on a JRE with the JVM options the README gives.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY src src
COPY db db
COPY frontend frontend
# The production profile also unpacks the jar into target/app and trains target/app/factdesk.jsa with one start
# (up to the end of the context refresh) on a throw-away embedded database.
RUN mvn -B -q -Pproduction package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --home /app factdesk
WORKDIR /app
# The archive is only valid for the very same jar files at the same paths, so the unpacked layout is copied whole.
COPY --from=build /src/target/app /app
USER factdesk
EXPOSE 8080
ENV MALLOC_ARENA_MAX=2
ENTRYPOINT ["java", "-Xmx512m", "-XX:G1PeriodicGCInterval=5000", "-XX:MaxHeapFreeRatio=30", "-XX:MinHeapFreeRatio=10", \
            "-XX:SharedArchiveFile=/app/factdesk.jsa", "-jar", "/app/factdesk.jar"]
