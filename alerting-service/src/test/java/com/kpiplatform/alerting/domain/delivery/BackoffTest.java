package com.kpiplatform.alerting.domain.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackoffTest {

    private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(30));

    @ParameterizedTest(name = "after {0} attempts: {1} to {2}")
    @CsvSource({
            "1,  PT2.5S, PT5S",
            "2,  PT5S,   PT10S",
            "3,  PT10S,  PT20S",
            "8,  PT5M20S, PT10M40S",
            "9,  PT10M40S, PT21M20S",
            "10, PT15M,  PT30M",
            "60, PT15M,  PT30M"})
    void doublesWithEqualJitterUpToTheCap(int attempts, Duration shortest, Duration longest) {
        assertThat(BACKOFF.delay(attempts, 0.0)).isEqualTo(shortest);
        assertThat(BACKOFF.delay(attempts, 0.999999)).isBetween(shortest, longest);
        assertThat(BACKOFF.delay(attempts, 0.5)).isStrictlyBetween(shortest, longest);
    }
}
