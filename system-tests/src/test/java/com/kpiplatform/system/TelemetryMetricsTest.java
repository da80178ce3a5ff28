package com.kpiplatform.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.kpiplatform.stack.telemetry.TelemetryFiles;
import io.restassured.RestAssured;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every metric the Grafana dashboard (deploy/grafana) and the Prometheus alert rules
 * (deploy/prometheus) use is one the services really export on {@code /q/metrics}, read after the
 * journey has ingested, evaluated and delivered.
 */
@ExtendWith(PlatformExtension.class)
@Order(4)
class TelemetryMetricsTest {

    @Test
    void theDashboardAndTheAlertRulesUseOnlyMetricsTheServicesExport(Platform platform) {
        Set<String> exported = new HashSet<>();
        for (int service : new int[] {Platform.KPI_DEFINITION, Platform.MEASUREMENT, Platform.ALERTING}) {
            String metrics = RestAssured.given().baseUri(platform.url(service)).get("/q/metrics")
                    .then().statusCode(200).extract().asString();
            exported.addAll(Arrays.stream(metrics.split("\n")).filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("[{ ]", 2)[0]).collect(Collectors.toSet()));
        }
        Set<String> used = TelemetryFiles.metricNames(Platform.ROOT);
        assertThat(used).as("metric names in the dashboard and the rules").isNotEmpty();
        assertThat(exported).as("metrics the services export").containsAll(used);
    }
}
