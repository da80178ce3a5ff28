package com.kpiplatform.measurement.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.kpiplatform.measurement.domain.Kpi;
import com.kpiplatform.measurement.rest.KpiCatalogStub;
import com.kpiplatform.testsupport.PostgresTestResource;
import com.kpiplatform.testsupport.security.DevIssuerResource;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lookup client against WireMock: success, 500, timeout and an open circuit. */
@QuarkusTest
@ConnectWireMock
@WithTestResource(PostgresTestResource.class)
@WithTestResource(DevIssuerResource.class)
class KpiDefinitionClientTest {

    private static final String LOOKUP = "/api/v1/kpi-lookup";

    WireMock wiremock;

    @Inject
    KpiDefinitionClient client;

    @Inject
    CircuitBreakerMaintenance breakers;

    private String key;

    @BeforeEach
    void defineKpi() {
        key = KpiCatalogStub.kpi(wiremock, KpiCatalogStub.uniqueKey("client.kpi"), "SUM");
        breakers.resetAll();
        wiremock.resetRequests();
    }

    @AfterEach
    void restoreCatalog() {
        KpiCatalogStub.restore(wiremock, client);
    }

    @Test
    void readsTheKpisFoundIgnoringFieldsItDoesNotKnow() {
        List<Kpi> found = client.lookup(List.of(key, "no.such-kpi"));

        assertThat(found).filteredOn(k -> k.key().equals(key)).singleElement()
                .satisfies(kpi -> assertThat(kpi.aggregation().name()).isEqualTo("SUM"))
                .satisfies(kpi -> assertThat(kpi.timeZone()).isEqualTo("Europe/Berlin"));
        wiremock.verifyThat(1, postRequestedFor(urlEqualTo(LOOKUP)));
    }

    @Test
    void retriesAServerErrorTwiceThenFails() {
        wiremock.register(post(urlEqualTo(LOOKUP)).willReturn(aResponse().withStatus(500)));

        assertThatThrownBy(() -> client.lookup(List.of(key))).isNotInstanceOf(CircuitBreakerOpenException.class);
        wiremock.verifyThat(3, postRequestedFor(urlEqualTo(LOOKUP)));
    }

    @Test
    void retriesA503() {
        wiremock.register(post(urlEqualTo(LOOKUP)).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1")));

        assertThatThrownBy(() -> client.lookup(List.of(key))).isInstanceOf(RuntimeException.class);
        wiremock.verifyThat(3, postRequestedFor(urlEqualTo(LOOKUP)));
    }

    @Test
    void givesUpOnASlowServiceAfterTheTimeout() {
        wiremock.register(post(urlEqualTo(LOOKUP)).willReturn(aResponse().withStatus(200).withFixedDelay(2000)
                .withHeader("Content-Type", "application/json").withBody("{\"found\":[],\"missing\":[]}")));

        long start = System.nanoTime();
        assertThatThrownBy(() -> client.lookup(List.of(key))).isInstanceOf(TimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1900));
    }

    @Test
    void anOpenCircuitFailsFastWithoutCallingTheService() {
        wiremock.register(post(urlEqualTo(LOOKUP)).willReturn(aResponse().withStatus(500)));
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> client.lookup(List.of(key))).isInstanceOf(RuntimeException.class);
        }
        wiremock.resetRequests();

        assertThatThrownBy(() -> client.lookup(List.of(key))).isInstanceOf(CircuitBreakerOpenException.class);
        wiremock.verifyThat(0, postRequestedFor(urlEqualTo(LOOKUP)));
    }
}
