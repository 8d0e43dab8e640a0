# Builds the production jar (Vaadin's pre-built production bundle, no npm) and runs it on a JRE.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY src src
COPY db db
COPY frontend frontend
RUN mvn -B -q -Pproduction package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --home /app factdesk
WORKDIR /app
COPY --from=build /src/target/factdesk.jar /app/factdesk.jar
USER factdesk
EXPOSE 8080
ENTRYPOINT ["java", "-Xmx512m", "-jar", "/app/factdesk.jar"]
