package com.kpiplatform.testsupport;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The OpenAPI documents committed under {@code openapi/} at the top of the repository, compared
 * with what the running service generates.
 */
public final class OpenApiDocuments {

    /** Set this system property to rewrite the committed document from the code instead of checking it. */
    public static final String UPDATE_PROPERTY = "openapi.update";

    private OpenApiDocuments() {
    }

    /**
     * Fails when {@code openapi/<service>.yaml} differs from the document the service serves at
     * {@code /q/openapi}, with the command that regenerates it.
     */
    public static void assertCommittedDocumentIsCurrent(String service) {
        String generated = normalise(given().accept("application/yaml").get("/q/openapi").then()
                .statusCode(200).extract().asString());
        Path committed = committed(service);
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            write(committed, generated);
            return;
        }
        Path fresh = Path.of("target", "openapi", service + ".yaml").toAbsolutePath();
        write(fresh, generated);
        String current = Files.exists(committed) ? normalise(read(committed)) : "";
        if (!current.equals(generated)) {
            throw new AssertionError("""
                    %s does not match the OpenAPI document the code generates (written to %s).
                    %s
                    If the API change is intended, regenerate the committed file and review the diff:
                        ./mvnw verify -pl %s -am -D%s=true
                    or copy the generated file over it. Never edit the committed file by hand."""
                    .formatted(committed, fresh, firstDifference(current, generated), service, UPDATE_PROPERTY));
        }
    }

    private static String firstDifference(String committed, String generated) {
        String[] was = committed.split("\n", -1);
        String[] is = generated.split("\n", -1);
        int line = 0;
        while (line < was.length && line < is.length && was[line].equals(is[line])) {
            line++;
        }
        return "First difference at line %d:%n  committed: %s%n  generated: %s".formatted(line + 1,
                line < was.length ? was[line] : "(end of file)", line < is.length ? is[line] : "(end of file)");
    }

    /** The committed document of a service: {@code openapi/<service>.yaml} at the top of the repository. */
    public static Path committed(String service) {
        return repositoryRoot().resolve("openapi").resolve(service + ".yaml");
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("openapi")) && Files.exists(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No openapi/ directory above " + Path.of("").toAbsolutePath());
    }

    private static String normalise(String document) {
        return document.replace("\r\n", "\n").stripTrailing() + "\n";
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
