package com.kpiplatform.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.kpiplatform.stack.Commands;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The typed TypeScript client's journey script (create a KPI and a target, an ingest key, post
 * measurements with it, run an evaluation, read the scorecard) against the same packaged services.
 * The contract module generates and compiles the client first.
 */
@ExtendWith(PlatformExtension.class)
@Order(2)
class TypedClientTest {

    private static final Path CLIENT = Platform.ROOT.resolve("clients/typescript");

    @Test
    void theTypedClientWalksItsJourneyAgainstThePlatform(Platform platform) throws Exception {
        assertThat(CLIENT.resolve("dist/journey.js")).as("the client is not compiled; ./mvnw verify compiles it in the"
                + " contract module, or run npm ci && npm run build in clients/typescript").exists();
        Commands.Result journey = Commands.run(CLIENT, List.of("node", "dist/journey.js"), Map.of(
                "KPI_DEFINITION_URL", platform.url(Platform.KPI_DEFINITION),
                "MEASUREMENT_URL", platform.url(Platform.MEASUREMENT),
                "ALERTING_URL", platform.url(Platform.ALERTING),
                "KPI_PLATFORM_TOKEN", platform.admin()), 120);
        System.out.println(journey.output());
        assertThat(journey.exitCode()).as("the journey failed:%n%s", journey.output()).isZero();
        assertThat(journey.output()).contains("ok  runEvaluation", "the scorecard shows");
    }
}
