package com.kpiplatform.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.kpiplatform.stack.Commands;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The typed TypeScript client under clients/typescript is generated from the committed documents and
 * compiled with {@code tsc --strict}. Its journey script runs against the packaged services in the
 * system tests (system-tests/…/TypedClientTest).
 */
class TypeScriptClientTest {

    private static final Path CLIENT = Path.of("..").toAbsolutePath().normalize().resolve("clients/typescript");

    @Test
    void theTypedClientIsGeneratedFromTheCommittedDocumentsAndCompilesStrictly() throws Exception {
        Commands.installDependencies(CLIENT, "openapi-fetch");
        Commands.Result build = Commands.run(CLIENT, List.of("npm", "run", "build"), Map.of(), 300);
        assertThat(build.exitCode()).as("generating and compiling the client failed:%n%s", build.output()).isZero();
        assertThat(CLIENT.resolve("dist/journey.js")).exists();
    }
}
