package com.kpiplatform.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.kpiplatform.stack.demo.DemoLoader;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo company of {@code ./run-stack --demo}, loaded through the public API into the packaged
 * services: after the first evaluation the scorecard shows every status at once, an anomaly, a
 * target-realism finding and open alerts; loading it again changes nothing.
 */
@ExtendWith(PlatformExtension.class)
@Order(5)
class DemoCompanyLoadTest {

    @Test
    void theDemoCompanyShowsEveryStatusAndLoadingItTwiceChangesNothing(Platform platform) throws Exception {
        DemoLoader.Result first = load(platform);
        System.out.println(first.summary());
        for (String status : List.of("EXCEEDED", "ON_TRACK", "AT_RISK", "OFF_TRACK", "NO_DATA")) {
            assertThat(first.scorecard().count(status)).as("demo KPIs %s", status).isPositive();
        }
        assertThat(first.scorecard().anomalies()).as("anomaly alerts").isPositive();
        assertThat(first.scorecard().realismFindings()).as("target realism findings").isPositive();
        assertThat(first.scorecard().openAlerts()).as("open alerts").isPositive();
        assertThat(first.loaded().kpis()).isBetween(20, 30);
        assertThat(first.loaded().objectives()).isEqualTo(3);

        DemoLoader.Result second = load(platform);
        System.out.println(second.summary());
        assertThat(second.loaded().kpisCreated()).isZero();
        assertThat(second.loaded().objectivesCreated()).isZero();
        assertThat(second.loaded().keyResultsCreated()).isZero();
        assertThat(second.loaded().checkInsCreated()).isZero();
        assertThat(second.loaded().measurementsStored()).as("measurements stored in all")
                .isEqualTo(first.loaded().measurementsStored());
        assertThat(second.scorecard().statuses()).isEqualTo(first.scorecard().statuses());
    }

    private static DemoLoader.Result load(Platform platform) {
        return DemoLoader.load(URI.create(platform.url(Platform.KPI_DEFINITION)), URI.create(platform.url(Platform.MEASUREMENT)),
                URI.create(platform.url(Platform.ALERTING)), platform.admin());
    }
}
