package com.kpiplatform.alerting.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.kpiplatform.alerting.rest.Deliveries.ofChannel;
import static com.kpiplatform.alerting.rest.Deliveries.onlyDelivery;
import static com.kpiplatform.alerting.rest.Deliveries.slackChannel;
import static com.kpiplatform.alerting.rest.Deliveries.subscribe;
import static com.kpiplatform.alerting.rest.Deliveries.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.kpiplatform.testsupport.PostgresTestResource;
import com.kpiplatform.testsupport.security.DevIssuerResource;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Which notifications each subscription and KPI owner gets: filters, resolutions, repeats, missed targets, digests. */
@QuarkusTest
@ConnectWireMock
@WithTestResource(PostgresTestResource.class)
@WithTestResource(DevIssuerResource.class)
@WithTestResource(SmtpTestResource.class)
class RoutingTest {

    private static final Instant T = Instant.parse("2026-10-20T12:00:00Z");
    private static final Instant FIRED = T.plusSeconds(60);

    @RegisterExtension
    final DeliveryScenario scenario = new DeliveryScenario(T);


    private static long channel() {
        return slackChannel("/slack/" + unique("route"));
    }

    private static Set<String> subjects(long channel) {
        return new TreeSet<>(ofChannel(channel).stream()
                .map(d -> (String) ((Map<?, ?>) d.get("notice")).get("subjectKey")).toList());
    }

    /** The kinds of the deliveries to a channel, oldest first. */
    private static List<String> kinds(long channel) {
        return oldestFirst(ofChannel(channel).stream().map(d -> (String) d.get("kind")).toList());
    }

    private static List<String> kindsTo(String recipient) {
        return oldestFirst(given().queryParam("size", 100).get("/api/v1/deliveries").then().extract().jsonPath()
                .<Map<String, Object>>getList("items").stream().filter(d -> recipient.equals(d.get("recipient")))
                .map(d -> (String) d.get("kind")).toList());
    }

    private static List<String> oldestFirst(List<String> newestFirst) {
        List<String> list = new java.util.ArrayList<>(newestFirst);
        java.util.Collections.reverse(list);
        return list;
    }

    @Test
    void subscriptionsGetTheAlertsTheirFiltersAndMinimumSeverityMatch() {
        String tag = unique("north");
        String team = unique("team");
        String a = unique("north.a");
        String b = unique("north.b");
        String c = unique("mkt.c");
        for (String key : List.of(a, b)) {
            Neighbours.Kpi kpi = scenario.deliveries().offTrack(key, unique("o") + "@example.com", T);
            kpi.view.put("tags", List.of(tag));
            kpi.view.put("owner", Map.of("team", team));
            kpi.value(kpi.currentPeriod(), key.equals(a) ? 50 : 95);
        }
        Neighbours.Kpi marketing = scenario.deliveries().offTrack(c, unique("o") + "@example.com", T);
        marketing.view.put("category", "MARKETING");
        marketing.view.put("level", "COMPANY");

        long byTag = channel();
        subscribe(byTag, Map.of("tags", List.of(tag)));
        long criticalOfTeam = channel();
        subscribe(criticalOfTeam, Map.of("ownerTeam", team, "minSeverity", "CRITICAL"));
        long byKey = channel();
        subscribe(byKey, Map.of("kpiKeys", List.of(b)));
        long byCategory = channel();
        subscribe(byCategory, Map.of("category", "MARKETING"));
        long byLevel = channel();
        subscribe(byLevel, Map.of("level", "COMPANY", "minSeverity", "INFO"));
        long disabled = channel();
        subscribe(disabled, Map.of("tags", List.of(tag), "enabled", false));
        scenario.deliveries().fire(T);

        assertThat(subjects(byTag)).containsExactlyInAnyOrder(a, b);
        assertThat(subjects(criticalOfTeam)).containsExactly(a);
        assertThat(subjects(byKey)).containsExactly(b);
        assertThat(subjects(byCategory)).containsExactly(c);
        assertThat(subjects(byLevel)).containsExactly(c);
        assertThat(subjects(disabled)).isEmpty();
        assertThat(kinds(byTag)).containsOnly("FIRED");
    }

    @Test
    void resolutionsGoToThoseToldOfTheAlertThatWantThem() {
        String kpi = unique("sales.recovers");
        String owner = unique("owner") + "@example.com";
        long wants = channel();
        subscribe(wants, Map.of("kpiKeys", List.of(kpi)));
        long declines = channel();
        subscribe(declines, Map.of("kpiKeys", List.of(kpi), "sendResolved", false));
        Neighbours.Kpi view = scenario.deliveries().offTrack(kpi, owner, T);
        scenario.deliveries().fire(T);
        long late = channel();
        subscribe(late, Map.of("kpiKeys", List.of(kpi)));

        view.value(view.currentPeriod(), 120);
        scenario.neighbours().publish();
        scenario.deliveries().evaluate(FIRED.plusSeconds(60));

        assertThat(kinds(wants)).containsExactly("FIRED", "RESOLVED");
        assertThat(kinds(declines)).containsExactly("FIRED");
        assertThat(kinds(late)).as("never told it fired").isEmpty();
        assertThat(kindsTo(owner)).containsExactly("FIRED", "RESOLVED");
        assertThat(ofChannel(wants).get(0).get("summary")).isEqualTo("Resolved: KPI " + kpi + " (" + kpi + ") is ON_TRACK");
    }

    @Test
    void aChannelWhoseFiredDeliveryFailedForGoodGetsNoResolution() {
        String kpi = unique("sales.unheard");
        long refused = answering(kpi, aResponse().withStatus(404).withBody("channel_not_found"));
        long down = answering(kpi, aResponse().withStatus(503));
        long waiting = answering(kpi, aResponse().withStatus(429).withHeader("Retry-After", "3600"));
        long reached = answering(kpi, aResponse().withStatus(200).withBody("ok"));
        Neighbours.Kpi view = scenario.deliveries().offTrack(kpi, unique("owner") + "@example.com", T);
        scenario.deliveries().fire(T);
        for (int minute = 0; minute < 10; minute++) {
            scenario.clock().set(FIRED.plusSeconds(60L * minute));
            scenario.deliveries().send();
        }
        assertThat(List.of(refused, down, waiting, reached)).extracting(c -> onlyDelivery(c).getString("state"))
                .containsExactly("FAILED", "DEAD", "PENDING", "SENT");

        view.value(view.currentPeriod(), 120);
        scenario.neighbours().publish();
        scenario.deliveries().evaluate(FIRED.plusSeconds(600));

        assertThat(kinds(refused)).as("404 channel_not_found: never told it fired").containsExactly("FIRED");
        assertThat(kinds(down)).as("out of attempts: never told it fired").containsExactly("FIRED");
        assertThat(kinds(waiting)).as("still to be told it fired, so told both, in order").containsExactly("FIRED", "RESOLVED");
        assertThat(kinds(reached)).containsExactly("FIRED", "RESOLVED");
    }

    @Test
    void aResolutionWaitsForItsFiredDeliveryThatIsBeingRetried() {
        String kpi = unique("sales.flaky");
        String path = "/slack/" + unique("flaky");
        scenario.wiremock().register(post(urlEqualTo(path)).inScenario(path).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        scenario.wiremock().register(post(urlEqualTo(path)).inScenario(path).whenScenarioStateIs("up").willReturn(ok("ok")));
        long flaky = slackChannel(path);
        subscribe(flaky, Map.of("kpiKeys", List.of(kpi)));
        Neighbours.Kpi view = scenario.deliveries().offTrack(kpi, unique("owner") + "@example.com", T);
        scenario.deliveries().fire(T);
        scenario.clock().set(FIRED.plusSeconds(10));
        scenario.deliveries().send();

        view.value(view.currentPeriod(), 120);
        scenario.neighbours().publish();
        scenario.deliveries().evaluate(FIRED.plusSeconds(10));
        scenario.deliveries().send();
        assertThat(scenario.wiremock().find(postRequestedFor(urlEqualTo(path)))).as("the FIRED retry is not due yet").hasSize(1);

        for (int second = 12; second < 15; second++) {
            scenario.clock().set(FIRED.plusSeconds(second));
            scenario.deliveries().send();
        }
        assertThat(scenario.wiremock().find(postRequestedFor(urlEqualTo(path))))
                .extracting(request -> request.getBodyAsString().contains("Resolved: ")).containsExactly(false, false, true);
    }

    /** A Slack channel that answers every message with {@code response}, subscribed to {@code kpi}. */
    private long answering(String kpi, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
        String path = "/slack/" + unique("route");
        scenario.wiremock().register(post(urlEqualTo(path)).willReturn(response));
        long channel = slackChannel(path);
        subscribe(channel, Map.of("kpiKeys", List.of(kpi)));
        return channel;
    }

    @Test
    void aSubscriptionsOwnRepeatIntervalRemindsItUntilAcknowledged() {
        String kpi = unique("sales.nags");
        long hourly = channel();
        subscribe(hourly, Map.of("kpiKeys", List.of(kpi), "repeatInterval", "PT1H"));
        long usual = channel();
        subscribe(usual, Map.of("kpiKeys", List.of(kpi)));
        scenario.deliveries().offTrack(kpi, unique("owner") + "@example.com", T);
        scenario.deliveries().fire(T);

        scenario.deliveries().evaluate(FIRED.plus(Duration.ofMinutes(30)));
        assertThat(kinds(hourly)).containsExactly("FIRED");
        scenario.deliveries().evaluate(FIRED.plus(Duration.ofMinutes(61)));
        scenario.deliveries().evaluate(FIRED.plus(Duration.ofMinutes(62)));
        assertThat(kinds(hourly)).containsExactly("FIRED", "REPEATED");
        assertThat(kinds(usual)).as("the service's repeat interval is 4 h").containsExactly("FIRED");

        long alert = given().queryParam("subject", kpi).get("/api/v1/alerts").then().extract().jsonPath()
                .getLong("items[0].id");
        given().contentType(ContentType.JSON).body(Map.of("note", "on it")).post("/api/v1/alerts/" + alert + "/ack")
                .then().statusCode(200);
        scenario.deliveries().evaluate(FIRED.plus(Duration.ofHours(3)));
        scenario.deliveries().evaluate(FIRED.plus(Duration.ofHours(5)));
        assertThat(kinds(hourly)).containsExactly("FIRED", "REPEATED");
        assertThat(kinds(usual)).containsExactly("FIRED");
    }

    @Test
    void missedTargetsGoToSubscriptionsThatAskForThem() {
        String kpi = unique("sales.revenue");
        long wants = channel();
        subscribe(wants, Map.of("kpiKeys", List.of(kpi), "missedTargets", true));
        long other = channel();
        subscribe(other, Map.of("kpiKeys", List.of(kpi)));
        Neighbours.Kpi view = scenario.neighbours().kpi(kpi, "HIGHER_IS_BETTER", "SUM", 1000, T).value("2026-10", 300);
        scenario.deliveries().fire(T);

        Instant november = Instant.parse("2026-11-20T12:00:00Z");
        view.at(november).value("2026-10", 600).value("2026-11", 200);
        scenario.neighbours().publish();
        scenario.deliveries().evaluate(november);

        assertThat(kinds(wants)).containsExactly("FIRED", "MISSED_TARGET");
        assertThat(kinds(other)).containsExactly("FIRED");
        Map<String, Object> missed = ofChannel(wants).get(0);
        assertThat(missed.get("summary")).isEqualTo("Missed target: KPI " + kpi + " (" + kpi + ") in 2026-10");
        assertThat(((Map<?, ?>) missed.get("notice")).get("detail"))
                .isEqualTo("Missed target 1000 for 2026-10: actual 600 (OFF_TRACK)");
    }

    @Test
    void theWeeklyDigestShowsChangesFirstAndOwnersGetOverdueReviews() throws Exception {
        String tag = unique("digest");
        String changed = unique("digest.changed");
        String steady = unique("digest.steady");
        String owner = unique("owner") + "@example.com";
        Neighbours.Kpi changing = scenario.deliveries().offTrack(changed, owner, T);
        changing.view.put("tags", List.of(tag));
        changing.value(changing.currentPeriod(), 120);
        Neighbours.Kpi same = scenario.deliveries().offTrack(steady, unique("owner") + "@example.com", T);
        same.view.put("tags", List.of(tag));
        same.value(same.currentPeriod(), 130);
        String path = "/slack/" + unique("digest");
        scenario.wiremock().register(post(urlEqualTo(path)).willReturn(ok("ok")));
        long channel = slackChannel(path);
        subscribe(channel, Map.of("tags", List.of(tag), "weeklyDigest", true));
        scenario.neighbours().publish();
        scenario.deliveries().evaluate(T);

        Instant weekLater = T.plus(Duration.ofDays(8));
        changing.at(weekLater).value(changing.currentPeriod(), 50);
        same.at(weekLater);
        scenario.neighbours().publish();
        scenario.deliveries().evaluate(weekLater);
        scenario.wiremock().register(get(urlPathEqualTo("/api/v1/kpi-health")).willReturn(okJson("""
                {"kpis": [{"key": "%s", "findings": [{"code": "NO_OWNER_CONTACT", "message": "x"},
                  {"code": "REVIEW_OVERDUE", "message": "last reviewed 2026-06-01, due every P90D"}]}]}
                """.formatted(changed))));

        given().post("/api/v1/digests/run").then().statusCode(200).body("queued", org.hamcrest.Matchers.equalTo(2));
        given().post("/api/v1/digests/run").then().statusCode(200).body("queued", org.hamcrest.Matchers.equalTo(0));

        Map<?, ?> digest = (Map<?, ?>) ofChannel(channel).get(0).get("notice");
        assertThat(digest.get("headline")).asString().endsWith(": 2 KPIs, 1 changed since last week");
        List<?> lines = (List<?>) digest.get("lines");
        assertThat(((Map<?, ?>) lines.get(0)).get("kpiKey")).isEqualTo(changed);
        assertThat(((Map<?, ?>) lines.get(0)).get("previousStatus")).isEqualTo("ON_TRACK");
        assertThat(((Map<?, ?>) lines.get(0)).get("status")).isEqualTo("OFF_TRACK");
        assertThat(((Map<?, ?>) lines.get(1)).get("kpiKey")).isEqualTo(steady);

        scenario.deliveries().send();
        String slack = scenario.wiremock().find(postRequestedFor(urlEqualTo(path))).get(0).getBodyAsString();
        assertThat(slack).contains("`" + changed + "` OFF_TRACK (was ON_TRACK)").contains("`" + steady + "` ON_TRACK");
        List<MimeMessage> mails = Arrays.stream(SmtpTestResource.server().getReceivedMessages()).filter(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString().equals(owner);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(mails).extracting(MimeMessage::getSubject).contains("KPI reviews overdue: 1 KPIs, 1 changed since last week");
    }
}
