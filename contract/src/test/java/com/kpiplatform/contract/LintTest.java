package com.kpiplatform.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.kpiplatform.stack.Commands;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The committed documents pass Redocly CLI (pinned in openapi/package.json and its lockfile) with
 * the rules of openapi/redocly.yaml and not a single error or warning. Needs Node.js 20.19+ and
 * npm; the dependencies are installed from the lockfile on the first run.
 */
class LintTest {

    @Test
    void theDocumentsPassRedoclyWithNoProblemAtAll() throws Exception {
        Commands.installDependencies(Documents.OPENAPI, "@redocly/cli");
        List<String> lint = new ArrayList<>(List.of("npx", "--no-install", "redocly", "lint", "--format=stylish"));
        Documents.SERVICES.forEach(service -> lint.add(service + ".yaml"));
        Commands.Result result = Commands.run(Documents.OPENAPI, lint, Map.of(), 300);

        assertThat(result.exitCode()).as("redocly lint failed:%n%s", result.output()).isZero();
        assertThat(result.output()).as("redocly lint warned:%n%s", result.output())
                .doesNotContainPattern("(?m)^\\s*\\d+:\\d+\\s+warning\\s");
        assertThat(result.output()).contains("Your API descriptions are valid");
    }
}
