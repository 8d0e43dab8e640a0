# Builds the production jar (Vaadin's pre-built production bundle, no npm) and unpacks it; the runtime image then
# writes the class data sharing archive with its own JRE (an archive only fits the JVM build and the jars it was made
# with; ADR 023) and runs the app with the JVM options the README gives.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY src src
COPY db db
COPY frontend frontend
RUN mvn -B -q -Pproduction package -DskipTests -Dfactdesk.cds.skip=true

FROM eclipse-temurin:17-jre
RUN useradd --system --home /app factdesk
WORKDIR /app
COPY --from=build /src/target/app /app
RUN chown -R factdesk /app
USER factdesk
ENV MALLOC_ARENA_MAX=2
# One training start, up to the end of the context refresh, on a throw-away embedded database.
RUN FACTDESK_DATA_DIR=/tmp/cds-training/pg FACTDESK_SIGNING_KEK_FILE=/tmp/cds-training/kek \
    java -Xmx512m -Xlog:cds=off -XX:ArchiveClassesAtExit=/app/factdesk.jsa -Dspring.context.exit=onRefresh \
         -jar /app/factdesk.jar --server.port=0 \
 && rm -rf /tmp/cds-training
EXPOSE 8080
ENTRYPOINT ["java", "-Xmx512m", "-XX:G1PeriodicGCInterval=5000", "-XX:MaxHeapFreeRatio=30", "-XX:MinHeapFreeRatio=10", \
            "-XX:TrimNativeHeapInterval=5000", "-XX:SharedArchiveFile=/app/factdesk.jsa", "-jar", "/app/factdesk.jar"]
