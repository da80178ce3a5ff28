package com.kpiplatform.alerting.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.kpiplatform.alerting.rest.Deliveries.ofChannel;
import static com.kpiplatform.alerting.rest.Deliveries.slackChannel;
import static com.kpiplatform.alerting.rest.Deliveries.subscribe;
import static com.kpiplatform.alerting.rest.Deliveries.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.kpiplatform.alerting.domain.cycle.Trigger;
import com.kpiplatform.alerting.service.delivery.Outbox;
import com.kpiplatform.alerting.service.evaluation.EvaluationRunner;
import com.kpiplatform.testsupport.PostgresTestResource;
import com.kpiplatform.testsupport.security.DevIssuerResource;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two replicas on one database. Replicas coordinate only through PostgreSQL (an advisory lock for
 * cycles, row locks for the outbox), so two threads running the schedulers' own entry points at
 * the same instant, on separate connections, are two replicas as far as the database can tell.
 */
@QuarkusTest
@ConnectWireMock
@WithTestResource(PostgresTestResource.class)
@WithTestResource(DevIssuerResource.class)
@WithTestResource(SmtpTestResource.class)
class ReplicaTest {

    /** Later than every other test's cycles, so that the scheduled cycles' minimum gap never skips them. */
    private static final Instant T = Instant.parse("2027-06-15T12:00:00Z");
    private static final Instant FIRED = T.plusSeconds(60);
    private static final int ALERTS = 6;

    @RegisterExtension
    final DeliveryScenario scenario = new DeliveryScenario(T);

    @Inject
    Outbox outbox;

    @Inject
    EvaluationRunner runner;

    private final ExecutorService replicas = Executors.newFixedThreadPool(2);

    @AfterEach
    void tearDown() {
        replicas.shutdownNow();
    }

    /** Runs the same work on both replicas at once and answers both results. */
    private <T> List<T> onBothReplicas(Callable<T> work) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<T>> futures = new ArrayList<>();
        for (int replica = 0; replica < 2; replica++) {
            futures.add(replicas.submit(() -> {
                start.await();
                return work.call();
            }));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get());
        }
        return results;
    }

    @Test
    void twoReplicasEvaluateEachCycleOnceAndSendEachNotificationOnce() throws Exception {
        String team = unique("replicas");
        String path = "/slack/" + unique("replicas");
        // A slow Slack widens the window in which the other replica could pick the same row.
        scenario.wiremock().register(post(urlEqualTo(path)).willReturn(ok("ok").withFixedDelay(100)));
        long channel = slackChannel(path);
        subscribe(channel, Map.of("ownerTeam", team));
        List<String> owners = new ArrayList<>();
        for (int i = 0; i < ALERTS; i++) {
            String owner = unique("owner") + "@example.com";
            owners.add(owner);
            scenario.deliveries().offTrack(unique("replica.kpi"), owner, T).view.put("owner",
                    Map.of("team", team, "email", owner));
        }
        scenario.neighbours().publish();

        for (Instant at : List.of(T, FIRED)) {
            scenario.clock().set(at);
            List<Optional<Long>> cycles = onBothReplicas(() -> runner.run(Trigger.SCHEDULED));
            assertThat(cycles).as("cycles run at " + at).filteredOn(Optional::isPresent).hasSize(1);
        }
        assertThat(given().queryParam("subject", "").get("/api/v1/alerts").statusCode()).isEqualTo(200);
        assertThat(ofChannel(channel)).as("one delivery per alert change").hasSize(ALERTS);

        for (int round = 0; round < ALERTS * 2; round++) {
            scenario.clock().set(FIRED.plusMillis(200L * round));
            onBothReplicas(outbox::sendDue);
        }

        assertThat(scenario.wiremock().find(postRequestedFor(urlEqualTo(path)))).as("Slack messages").hasSize(ALERTS);
        assertThat(ofChannel(channel)).allSatisfy(d -> {
            assertThat(d.get("state")).isEqualTo("SENT");
            assertThat(d.get("attempts")).isEqualTo(1);
        });
        for (String owner : owners) {
            assertThat(mailsTo(owner)).as("mails to " + owner).hasSize(1);
        }
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(SmtpTestResource.server().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(r -> r.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
