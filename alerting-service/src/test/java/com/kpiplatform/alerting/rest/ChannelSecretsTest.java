package com.kpiplatform.alerting.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.kpiplatform.alerting.repository.SecretBox;
import com.kpiplatform.alerting.service.ChannelSecretsResealer;
import com.kpiplatform.testsupport.PostgresTestResource;
import com.kpiplatform.testsupport.security.DevIssuerResource;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Channels' secrets at rest: Slack webhook URLs and webhook signing secrets are stored encrypted
 * under the current key, secrets under an older key (or from before encryption) are encrypted
 * anew by a rotation, deliveries still reach the right URL, and no secret shows in a response or
 * a log line, whatever the delivery's outcome.
 */
@QuarkusTest
@ConnectWireMock
@TestProfile(ChannelSecretsTest.RotatedKeys.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(DevIssuerResource.class)
@WithTestResource(SmtpTestResource.class)
class ChannelSecretsTest {

    static final String OLD_KEY = "dev-2026:ZGV2ZWxvcG1lbnQta2V5LW5vdC1mb3ItcHJvZC11c2U=";
    static final String NEW_KEY = "rotated-2:c2Vjb25kLWtleS1hZnRlci10aGUtcm90YXRpb24hISE=";

    /** A rotation's first step: the new key first (it encrypts), the old one after it (it still decrypts). */
    public static class RotatedKeys implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("alerting.secrets.keys", NEW_KEY + "," + OLD_KEY);
        }
    }

    WireMock wiremock;

    @Inject
    DataSource dataSource;

    @Inject
    ChannelSecretsResealer resealer;

    private final CapturedLog log = new CapturedLog();

    @BeforeEach
    void captureTheLog() {
        Logger.getLogger("").addHandler(log);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(log);
    }

    @Test
    void secretsAreStoredEncryptedAndShownNowhere() throws SQLException {
        String slackPath = "/services/T0SECRET/B0SECRET/xoxSlackWebhookSecret" + Deliveries.unique("s");
        wiremock.register(post(urlEqualTo(slackPath)).willReturn(ok()));
        long slack = Deliveries.channel(Map.of("name", "sales alerts", "type", "SLACK",
                "url", Deliveries.wiremockUrl(slackPath)));
        String hookPath = "/hook" + Deliveries.unique("h");
        wiremock.register(post(urlEqualTo(hookPath)).willReturn(aResponse().withStatus(500).withBody("no")));
        long webhook = Deliveries.channel(Map.of("name", "incident bot", "type", "WEBHOOK",
                "url", Deliveries.wiremockUrl(hookPath), "secret", "whsec-signing-secret-1234567890"));

        assertThat(stored(slack).get(0)).startsWith("enc:v1:rotated-2:").doesNotContain("xoxSlackWebhookSecret");
        assertThat(stored(webhook).get(1)).startsWith("enc:v1:rotated-2:").doesNotContain("whsec");

        String answers = given().post("/api/v1/channels/" + slack + "/test").then().extract().asString()
                + given().post("/api/v1/channels/" + webhook + "/test").then().extract().asString()
                + given().get("/api/v1/channels").then().statusCode(200).extract().asString()
                + given().get("/api/v1/deliveries").then().statusCode(200).extract().asString();
        wiremock.verifyThat(1, postRequestedFor(urlEqualTo(slackPath)));
        wiremock.verifyThat(postRequestedFor(urlEqualTo(hookPath)));

        for (String secret : List.of("xoxSlackWebhookSecret", "T0SECRET/B0SECRET", "whsec-signing-secret")) {
            assertThat(answers).doesNotContain(secret);
            assertThat(log.lines()).noneMatch(line -> line.contains(secret));
        }
        assertThat(log.lines()).as("the log was captured").isNotEmpty();
    }

    @Test
    void aRotationEncryptsOldSecretsUnderTheNewKeyAndDeliveriesStillArrive() throws SQLException {
        String oldPath = "/services/old/" + Deliveries.unique("k");
        String plainPath = "/services/plain/" + Deliveries.unique("p");
        wiremock.register(post(urlEqualTo(oldPath)).willReturn(ok()));
        wiremock.register(post(urlEqualTo(plainPath)).willReturn(ok()));
        long underOldKey = insertSlackChannel(new SecretBox(List.of(OLD_KEY)).seal(Deliveries.wiremockUrl(oldPath)));
        long plain = insertSlackChannel(Deliveries.wiremockUrl(plainPath));
        assertThat(stored(underOldKey).get(0)).startsWith("enc:v1:dev-2026:");

        assertThat(resealer.resealAll()).isGreaterThanOrEqualTo(2);

        assertThat(stored(underOldKey).get(0)).startsWith("enc:v1:rotated-2:");
        assertThat(stored(plain).get(0)).startsWith("enc:v1:rotated-2:").doesNotContain("plain");
        assertThat(resealer.resealAll()).isZero();
        given().post("/api/v1/channels/" + underOldKey + "/test").then().statusCode(200);
        given().post("/api/v1/channels/" + plain + "/test").then().statusCode(200);
        wiremock.verifyThat(1, postRequestedFor(urlEqualTo(oldPath)));
        wiremock.verifyThat(1, postRequestedFor(urlEqualTo(plainPath)));
    }

    /** The stored url and secret columns of a channel. */
    private List<String> stored(long channel) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT url, secret FROM channel WHERE id = ?")) {
            select.setLong(1, channel);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                List<String> values = new ArrayList<>();
                values.add(row.getString(1));
                values.add(row.getString(2));
                return values;
            }
        }
    }

    private long insertSlackChannel(String storedUrl) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO channel (name, type, url, created_by,"
                        + " created_by_name, created_at) VALUES (?, 'SLACK', ?, 'test', 'test', now()) RETURNING id")) {
            insert.setString(1, Deliveries.unique("stored before"));
            insert.setString(2, storedUrl);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /**
     * Every log record of the service while a test runs, formatted with its parameters and cause;
     * not those of the WireMock server standing in for Slack, which logs the requests it receives.
     */
    private static final class CapturedLog extends Handler {

        private final List<String> lines = new ArrayList<>();

        @Override
        public synchronized void publish(LogRecord record) {
            if (String.valueOf(record.getLoggerName()).toLowerCase(Locale.ROOT).contains("wiremock")) {
                return;
            }
            StringBuilder line = new StringBuilder(String.valueOf(record.getMessage()));
            if (record.getParameters() != null) {
                for (Object parameter : record.getParameters()) {
                    line.append(' ').append(parameter);
                }
            }
            for (Throwable cause = record.getThrown(); cause != null; cause = cause.getCause()) {
                line.append(' ').append(cause);
            }
            lines.add(line.toString());
        }

        synchronized List<String> lines() {
            return List.copyOf(lines);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
