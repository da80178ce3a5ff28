package com.kpiplatform.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The committed documents pass Redocly CLI (pinned in openapi/package.json and its lockfile) with
 * the rules of openapi/redocly.yaml and not a single error or warning. Needs Node.js 20.19+ and
 * npm; the dependencies are installed from the lockfile on the first run.
 */
class LintTest {

    @Test
    void theDocumentsPassRedoclyWithNoProblemAtAll() throws Exception {
        if (!Files.isDirectory(Documents.OPENAPI.resolve("node_modules/@redocly/cli"))) {
            run(List.of("npm", "ci", "--no-audit", "--no-fund"), 600);
        }
        List<String> lint = new ArrayList<>(List.of("npx", "--no-install", "redocly", "lint", "--format=stylish"));
        Documents.SERVICES.forEach(service -> lint.add(service + ".yaml"));
        Result result = run(lint, 300);

        assertThat(result.exitCode()).as("redocly lint failed:%n%s", result.output()).isZero();
        assertThat(result.output()).as("redocly lint warned:%n%s", result.output()).doesNotContainPattern("(?m)^\\s*\\d+:\\d+\\s+warning\\s");
        assertThat(result.output()).contains("Your API descriptions are valid");
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(List<String> command, long timeoutSeconds) throws Exception {
        Process process;
        try {
            process = new ProcessBuilder(command).directory(Documents.OPENAPI.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("The contract checks need Node.js 20.19 or later and npm on the PATH (" + command.get(0)
                    + " could not be started: " + e.getMessage() + "). Install them, or run the build with -pl '!contract'.", e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s:\n" + output);
        }
        return new Result(process.exitValue(), output);
    }
}
