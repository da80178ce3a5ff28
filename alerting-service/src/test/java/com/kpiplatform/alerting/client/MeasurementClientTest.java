package com.kpiplatform.alerting.client;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.kpiplatform.alerting.domain.kpi.MeasuredActuals;
import com.kpiplatform.alerting.domain.kpi.PeriodActual;
import com.kpiplatform.support.client.NeighbourFailure;
import com.kpiplatform.testsupport.PostgresTestResource;
import com.kpiplatform.testsupport.security.DevIssuerResource;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The measurement-service client against WireMock: bulk chunks in order, retries, timeouts and the breaker. */
@QuarkusTest
@ConnectWireMock
@WithTestResource(PostgresTestResource.class)
@WithTestResource(DevIssuerResource.class)
class MeasurementClientTest {

    private static final String ACTUALS = "/api/v1/actuals/query";

    WireMock wiremock;

    @Inject
    MeasurementClient client;

    @Inject
    CircuitBreakerMaintenance breakers;

    /** No stubs, no requests, and the breaker closed with nothing counted: tests never see each other's failures. */
    @BeforeEach
    void freshStart() {
        wiremock.resetMappings();
        wiremock.resetRequests();
        breakers.resetAll();
    }

    private static List<PeriodActual.Request> requests(int count) {
        return IntStream.range(0, count).mapToObj(i -> new PeriodActual.Request("k" + i, "2026-11")).toList();
    }

    /** Answers the chunk that starts at item {@code from}: each item's value is its index. */
    private void answerChunk(int from, int size) {
        String items = IntStream.range(from, from + size)
                .mapToObj(i -> "{\"kpiKey\": \"k" + i + "\", \"value\": " + i + ", \"count\": 1}")
                .collect(Collectors.joining(","));
        wiremock.register(post(urlEqualTo(ACTUALS)).withRequestBody(matchingJsonPath("$.items[0].kpiKey", equalTo("k" + from)))
                .willReturn(okJson("{\"items\": [" + items + "], \"lastMeasurementAt\": {\"k" + from
                        + "\": \"2026-11-19T08:00:00Z\"}}")));
    }

    @Test
    void readsInChunksOfFiveThousandAndAnswersInRequestOrder() {
        answerChunk(0, 5000);
        answerChunk(5000, 5000);
        answerChunk(10000, 2000);

        MeasuredActuals actuals = client.actuals(requests(12000));

        assertThat(actuals.actuals()).hasSize(12000);
        for (int i = 0; i < 12000; i += 997) {
            PeriodActual actual = actuals.actuals().get(i);
            assertThat(actual.kpiKey()).isEqualTo("k" + i);
            assertThat(actual.periodKey()).isEqualTo("2026-11");
            assertThat(actual.value()).isEqualByComparingTo(Integer.toString(i));
        }
        assertThat(actuals.lastMeasurementAt()).containsOnlyKeys("k0", "k5000", "k10000")
                .containsEntry("k5000", Instant.parse("2026-11-19T08:00:00Z"));
        // Distinct chunks: on a loaded machine a slow first answer is retried, which is the client doing its job.
        assertThat(wiremock.find(postRequestedFor(urlEqualTo(ACTUALS))).stream()
                .map(request -> JsonPath.from(request.getBodyAsString()))
                .map(body -> body.getString("items[0].kpiKey") + " +" + body.getInt("items.size()")).distinct().toList())
                .containsExactlyInAnyOrder("k0 +5000", "k5000 +5000", "k10000 +2000");
    }

    @Test
    void anAnswerWithTooFewActualsFailsTheRead() {
        answerChunk(0, 3);

        assertThatThrownBy(() -> client.actuals(requests(4))).isInstanceOf(NeighbourFailure.class)
                .hasMessage("measurement-service answered 3 actuals for 4 items");
    }

    @Test
    void aFailedChunkIsRetried() {
        wiremock.register(post(urlEqualTo(ACTUALS)).inScenario("flaky").whenScenarioStateIs("Started")
                .willReturn(serverError()).willSetStateTo("recovered"));
        wiremock.register(post(urlEqualTo(ACTUALS)).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(okJson("{\"items\": [{\"kpiKey\": \"k0\", \"value\": 1, \"count\": 1}]}")));

        assertThat(client.actuals(requests(1)).actuals()).hasSize(1);
        assertThat(wiremock.find(postRequestedFor(urlEqualTo(ACTUALS)))).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aChunkThatAnswersTooLateTimesOutAfterItsRetries() {
        wiremock.register(post(urlEqualTo(ACTUALS)).willReturn(okJson("{\"items\": []}").withFixedDelay(1500)));

        assertThatThrownBy(() -> client.actuals(requests(1))).isInstanceOf(NeighbourFailure.class)
                .hasMessage("measurement-service did not answer in time").hasRootCauseInstanceOf(TimeoutException.class);
        wiremock.verifyThat(3, postRequestedFor(urlEqualTo(ACTUALS)));
    }

    @Test
    void repeatedFailuresOpenTheBreakerWhichFailsFast() {
        wiremock.register(post(urlEqualTo(ACTUALS)).willReturn(serverError()));
        assertThatThrownBy(() -> client.actuals(requests(1))).hasMessage("measurement-service answered HTTP 500");
        assertThatThrownBy(() -> client.actuals(requests(1))).hasRootCauseInstanceOf(CircuitBreakerOpenException.class)
                .hasMessageContaining("circuit breaker is open");
        int reached = wiremock.find(postRequestedFor(urlEqualTo(ACTUALS))).size();

        assertThatThrownBy(() -> client.actuals(requests(1))).hasRootCauseInstanceOf(CircuitBreakerOpenException.class);
        assertThat(wiremock.find(postRequestedFor(urlEqualTo(ACTUALS)))).hasSize(reached);
    }
}
