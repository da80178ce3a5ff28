package com.kpiplatform.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.kpiplatform.stack.Commands;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The README's "Try it with curl" sequence, taken from the README's text and run with bash against
 * the packaged services, so the README cannot drift from what the platform does.
 */
@ExtendWith(PlatformExtension.class)
@Order(6)
class ReadmeCurlSequenceTest {

    private static final String MARKER = "<!-- ReadmeCurlSequenceTest runs the next code block. -->";

    @Test
    void theReadmesCurlSequenceEndsWithTheSlowPageOffTrackAndItsAlertFiring(Platform platform) throws Exception {
        String script = sequence(Files.readString(Platform.ROOT.resolve("README.md")));
        Commands.Result run = Commands.run(Platform.ROOT, List.of("bash", "-e", "-o", "pipefail", "-c", script), Map.of(
                "KPI", platform.url(Platform.KPI_DEFINITION),
                "MEASURE", platform.url(Platform.MEASUREMENT),
                "ALERT", platform.url(Platform.ALERTING),
                "TOKEN", platform.admin()), 120);
        System.out.println(run.output());
        assertThat(run.exitCode()).as("the README's curl sequence failed:%n%s", run.output()).isZero();
        String[] answers = run.output().strip().split("\n");
        assertThat(answers).hasSize(6);
        assertThat(answers[3]).as("the evaluation").contains("\"status\":\"SUCCEEDED\"");
        assertThat(answers[4]).as("the scorecard").contains("\"kpiKey\":\"web.page-load\"", "\"status\":\"OFF_TRACK\"");
        assertThat(answers[5]).as("the alerts").contains("\"subjectKey\":\"web.page-load\"", "\"state\":\"FIRING\"");
    }

    /** The bash block after the marker. */
    private static String sequence(String readme) {
        int marker = readme.indexOf(MARKER);
        assertThat(marker).as("the README has lost its marked curl sequence").isNotNegative();
        int start = readme.indexOf("```bash\n", marker) + "```bash\n".length();
        return readme.substring(start, readme.indexOf("\n```", start));
    }
}
