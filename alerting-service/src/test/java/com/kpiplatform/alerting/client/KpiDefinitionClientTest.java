package com.kpiplatform.alerting.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.kpiplatform.alerting.domain.kpi.Direction;
import com.kpiplatform.alerting.domain.kpi.Kpi;
import com.kpiplatform.alerting.domain.kpi.Objective;
import com.kpiplatform.alerting.domain.kpi.OverdueReview;
import com.kpiplatform.support.client.NeighbourFailure;
import com.kpiplatform.support.period.PeriodType;
import com.kpiplatform.testsupport.PostgresTestResource;
import com.kpiplatform.testsupport.security.DevIssuerResource;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The kpi-definition-service client against WireMock: paging, translation, retries, timeouts and the breaker. */
@QuarkusTest
@ConnectWireMock
@WithTestResource(PostgresTestResource.class)
@WithTestResource(DevIssuerResource.class)
class KpiDefinitionClientTest {

    private static final String VIEW = "/api/v1/kpi-evaluation-view";
    private static final String OBJECTIVES = "/api/v1/objectives";
    private static final Instant AT = Instant.parse("2026-11-20T12:00:00Z");

    WireMock wiremock;

    @Inject
    KpiDefinitionClient client;

    @Inject
    CircuitBreakerMaintenance breakers;

    /** No stubs, no requests, and the breaker closed with nothing counted: tests never see each other's failures. */
    @BeforeEach
    void freshStart() {
        wiremock.resetMappings();
        wiremock.resetRequests();
        breakers.resetAll();
    }

    private static String kpi(String key) {
        return """
                {"key": "%s", "name": "KPI %s", "unit": "USD", "category": "SALES", "level": "TEAM",
                 "owner": {"team": "sales", "name": "Ada", "email": "ada@example.com"}, "tags": ["north"],
                 "direction": "HIGHER_IS_BETTER", "aggregation": "SUM", "period": "MONTHLY", "timeZone": "UTC",
                 "thresholds": {"amberTolerancePercent": 5}, "staleAfter": "P2D", "futureField": true,
                 "currentPeriod": {"key": "2026-11", "start": "2026-11-01T00:00:00Z", "end": "2026-12-01T00:00:00Z"},
                 "target": 120000, "stretch": 150000}""".formatted(key, key);
    }

    private static String page(List<String> items, int page, long total) {
        return "{\"items\": [" + String.join(",", items) + "], \"page\": " + page + ", \"size\": 1000, \"total\": " + total
                + "}";
    }

    /** Page {@code page} of a view of {@code total} KPIs, with two of them (enough to tell the pages apart). */
    private void kpiPage(int page, long total) {
        wiremock.register(get(urlPathEqualTo(VIEW)).withQueryParam("page", equalTo(Integer.toString(page)))
                .willReturn(okJson(page(List.of(kpi("p" + page + "a"), kpi("p" + page + "b")), page, total))));
    }

    @Test
    void readsEveryPageOfTheEvaluationViewAndAnswersDomainRecords() {
        for (int page = 0; page < 3; page++) {
            kpiPage(page, 2001);
        }

        List<Kpi> kpis = client.activeKpis(AT);

        assertThat(kpis).extracting(Kpi::key).containsExactly("p0a", "p0b", "p1a", "p1b", "p2a", "p2b");
        Kpi first = kpis.get(0);
        assertThat(first.title()).isEqualTo("KPI p0a (p0a)");
        assertThat(first.profile().owner().email()).isEqualTo("ada@example.com");
        assertThat(first.profile().tags()).containsExactly("north");
        assertThat(first.rules().direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(first.rules().period()).isEqualTo(PeriodType.MONTHLY);
        assertThat(first.rules().tolerancePercent()).isEqualByComparingTo("5");
        assertThat(first.rules().staleAfter()).isEqualTo(Duration.ofDays(2));
        assertThat(first.currentPeriod().start()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(first.target().value()).isEqualByComparingTo(new BigDecimal("120000"));
        assertThat(first.target().stretch()).isEqualByComparingTo(new BigDecimal("150000"));
        // Pages 0 to 2 once each (a cold first call may time out and be retried: a page is asked again, never another).
        assertThat(wiremock.find(getRequestedFor(urlPathEqualTo(VIEW)).withQueryParam("size", equalTo("1000"))
                .withQueryParam("at", equalTo(AT.toString()))).stream().map(r -> r.queryParameter("page").firstValue())
                .distinct().sorted().toList()).containsExactly("0", "1", "2");
    }

    @Test
    void readsObjectivesPageByPageUntilTheLast() {
        String objective = """
                {"id": 7, "title": "Grow", "period": "2026-Q4", "closed": false, "owner": {"team": "sales"},
                 "expectedProgress": 0.5, "keyResults": [{"id": 70, "title": "MRR", "kpiKey": "sales.mrr", "start": 0,
                 "target": 10, "current": 4, "confidence": 6, "progress": 0.4, "status": "AT_RISK", "stale": false}]}""";
        for (int page = 0; page < 2; page++) {
            wiremock.register(get(urlPathEqualTo(OBJECTIVES)).withQueryParam("page", equalTo(Integer.toString(page)))
                    .willReturn(okJson("{\"items\": [" + objective + "], \"page\": " + page + ", \"size\": 1, \"total\": 2}")));
        }

        List<Objective> objectives = client.activeObjectives();

        assertThat(objectives).hasSize(2);
        Objective.KeyResult keyResult = objectives.get(0).keyResults().get(0);
        assertThat(objectives.get(0).ownerTeam()).isEqualTo("sales");
        assertThat(keyResult.standing().status()).isEqualTo("AT_RISK");
        assertThat(keyResult.standing().confidence()).isEqualTo(6);
        wiremock.verifyThat(2, getRequestedFor(urlPathEqualTo(OBJECTIVES)).withQueryParam("state", equalTo("ACTIVE")));
    }

    @Test
    void aFailedPageIsRetriedAndTheReadSucceeds() {
        wiremock.register(get(urlPathEqualTo(VIEW)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(serverError()).willSetStateTo("recovered"));
        wiremock.register(get(urlPathEqualTo(VIEW)).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(okJson(page(List.of(kpi("k0")), 0, 1))));

        assertThat(client.activeKpis(AT)).extracting(Kpi::key).containsExactly("k0");
        assertThat(wiremock.find(getRequestedFor(urlPathEqualTo(VIEW)))).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aPageThatAnswersTooLateTimesOutAfterItsRetries() {
        wiremock.register(get(urlPathEqualTo(VIEW)).willReturn(okJson(page(List.of(), 0, 0)).withFixedDelay(1500)));

        assertThatThrownBy(() -> client.activeKpis(AT)).isInstanceOf(NeighbourFailure.class)
                .hasMessage("kpi-definition-service did not answer in time").hasRootCauseInstanceOf(TimeoutException.class);
        wiremock.verifyThat(3, getRequestedFor(urlPathEqualTo(VIEW)));
    }

    @Test
    void repeatedFailuresOpenTheBreakerWhichFailsFastUntilItsDelayHasPassed() {
        wiremock.register(get(urlPathEqualTo(VIEW)).willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> client.activeKpis(AT)).hasMessage("kpi-definition-service answered HTTP 503");
        assertThatThrownBy(() -> client.activeKpis(AT)).hasRootCauseInstanceOf(CircuitBreakerOpenException.class)
                .hasMessageContaining("circuit breaker is open");
        int reached = wiremock.find(getRequestedFor(urlPathEqualTo(VIEW))).size();

        assertThatThrownBy(() -> client.activeKpis(AT)).hasRootCauseInstanceOf(CircuitBreakerOpenException.class);
        assertThat(wiremock.find(getRequestedFor(urlPathEqualTo(VIEW)))).hasSize(reached);
    }

    @Test
    void refusalsAreNeitherRetriedNorCountedByTheBreaker() {
        wiremock.register(get(urlPathEqualTo(VIEW)).willReturn(aResponse().withStatus(400)));
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> client.activeKpis(AT)).hasMessage("kpi-definition-service answered HTTP 400");
        }
        wiremock.verifyThat(10, getRequestedFor(urlPathEqualTo(VIEW)));

        wiremock.resetMappings();
        kpiPage(0, 2);
        assertThat(client.activeKpis(AT)).hasSize(2);
    }

    @Test
    void overdueReviewsAreTheReviewFindingsOnly() {
        wiremock.register(get(urlPathEqualTo("/api/v1/kpi-health")).willReturn(okJson("""
                {"kpis": [
                  {"key": "a", "name": "A", "findings": [{"code": "NO_TARGET", "message": "no target"},
                                                          {"code": "REVIEW_OVERDUE", "message": "due since May"}]},
                  {"key": "b", "name": "B", "findings": [{"code": "NO_TARGET", "message": "no target"}]}],
                 "teams": []}""")));

        assertThat(client.overdueReviews()).containsExactly(new OverdueReview("a", "due since May"));
    }
}
