package com.kpiplatform.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Tools the checks run as processes (Node.js, npm, bash), with a clear failure when one is missing.
 */
public final class Commands {

    public record Result(int exitCode, String output) {
    }

    private Commands() {
    }

    public static Result run(Path directory, List<String> command, Map<String, String> environment, long timeoutSeconds)
            throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new AssertionError(command.get(0) + " could not be started: " + e.getMessage() + ". The contract and system"
                    + " checks need Node.js 20.19 or later, npm, bash and curl on the PATH.", e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s:\n" + output);
        }
        return new Result(process.exitValue(), output);
    }

    /** Installs the folder's npm dependencies from its lockfile, unless they are there already. */
    public static void installDependencies(Path directory, String marker) throws Exception {
        if (!directory.resolve("node_modules").resolve(marker).toFile().isDirectory()) {
            Result install = run(directory, List.of("npm", "ci", "--no-audit", "--no-fund"), Map.of(), 600);
            if (install.exitCode() != 0) {
                throw new AssertionError("npm ci in " + directory + " failed:\n" + install.output());
            }
        }
    }
}
