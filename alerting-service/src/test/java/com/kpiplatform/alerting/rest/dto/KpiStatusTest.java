package com.kpiplatform.alerting.rest.dto;

import static org.assertj.core.api.Assertions.assertThat;

import com.kpiplatform.alerting.domain.judging.PerformanceStatus;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class KpiStatusTest {

    @Test
    void namesExactlyTheDomainsPerformanceStatuses() {
        assertThat(Arrays.stream(KpiStatus.values()).map(Enum::name))
                .containsExactlyElementsOf(Arrays.stream(PerformanceStatus.values()).map(Enum::name).toList());
    }
}
