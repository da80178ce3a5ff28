package com.kpiplatform.alerting.rest;

import static com.kpiplatform.alerting.rest.Deliveries.emailChannel;
import static com.kpiplatform.alerting.rest.Deliveries.onlyDelivery;
import static com.kpiplatform.alerting.rest.Deliveries.subscribe;
import static com.kpiplatform.alerting.rest.Deliveries.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.kpiplatform.testsupport.PostgresTestResource;
import com.kpiplatform.testsupport.security.DevIssuerResource;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Email delivery through a real SMTP server (GreenMail): the mails are read back, and an SMTP outage loses none. */
@QuarkusTest
@ConnectWireMock
@WithTestResource(PostgresTestResource.class)
@WithTestResource(DevIssuerResource.class)
@WithTestResource(SmtpTestResource.class)
class EmailDeliveryTest {

    private static final Instant T = Instant.parse("2026-10-20T12:00:00Z");
    private static final Instant FIRED = T.plusSeconds(60);

    @RegisterExtension
    final DeliveryScenario scenario = new DeliveryScenario(T);


    @AfterEach
    void restore() {
        if (SmtpTestResource.server() == null) {
            SmtpTestResource.startServer();
        }
    }

    private static List<MimeMessage> mailsTo(String address) throws Exception {
        List<MimeMessage> mails = new ArrayList<>();
        for (MimeMessage mail : SmtpTestResource.server().getReceivedMessages()) {
            if (Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).anyMatch(r -> r.toString().equals(address))) {
                mails.add(mail);
            }
        }
        return mails;
    }

    /** Every leaf part of a mail by its content type (without parameters). */
    private static Map<String, Part> parts(Part part, Map<String, Part> found) throws Exception {
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                parts(child, found);
            }
        } else {
            found.put(part.getContentType().split(";")[0].trim().toLowerCase(), part);
        }
        return found;
    }

    @Test
    void anAlertMailHasASubjectWithStatusAndKpiHtmlTextAndTheChartInline() throws Exception {
        String kpi = unique("sales.deals");
        String team = unique("leads") + "@example.com";
        long channel = emailChannel(team);
        subscribe(channel, Map.of("kpiKeys", List.of(kpi)));
        scenario.deliveries().offTrack(kpi, unique("owner") + "@example.com", T);
        scenario.deliveries().fire(T);
        scenario.deliveries().send();

        List<MimeMessage> mails = mailsTo(team);
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.get(0);
        assertThat(mail.getSubject()).isEqualTo("OFF_TRACK: KPI " + kpi + " (" + kpi + ") – 50 count vs target 100 count");
        Map<String, Part> parts = parts(mail, new java.util.LinkedHashMap<>());
        assertThat(parts).containsKeys("text/plain", "text/html", "image/png");
        String text = (String) parts.get("text/plain").getContent();
        assertThat(text).contains("Actual 50 count vs target 100 count").contains("Period:   2026-10")
                .contains("Owner:    Olivia Owner (team-" + kpi + ")").contains("http://localhost:3000/kpis/" + kpi);
        String html = (String) parts.get("text/html").getContent();
        assertThat(html).contains("<strong>Actual</strong> 50 count vs <strong>target</strong> 100 count")
                .contains("src=\"cid:chart@kpi-platform\"").contains("border-left:6px solid #d1242f");
        Part chart = parts.get("image/png");
        assertThat(((jakarta.mail.internet.MimePart) chart).getContentID()).isEqualTo("<chart@kpi-platform>");
        assertThat(ImageIO.read(chart.getInputStream()).getWidth()).isEqualTo(800);
        assertThat(onlyDelivery(channel).getString("state")).isEqualTo("SENT");
    }

    @Test
    void theKpiOwnerGetsItsAlertsByDefaultUnlessTurnedOff() throws Exception {
        String told = unique("sales.told");
        String toldOwner = unique("owner") + "@example.com";
        String quiet = unique("sales.quiet");
        String quietOwner = unique("owner") + "@example.com";
        given().contentType(ContentType.JSON).body(Map.of("enabled", false))
                .put("/api/v1/kpis/" + quiet + "/owner-notifications").then().statusCode(200)
                .body("enabled", org.hamcrest.Matchers.equalTo(false));
        scenario.deliveries().offTrack(told, toldOwner, T);
        scenario.deliveries().offTrack(quiet, quietOwner, T);
        scenario.deliveries().fire(T);
        scenario.deliveries().send();

        assertThat(mailsTo(toldOwner)).hasSize(1);
        assertThat(mailsTo(toldOwner).get(0).getSubject()).startsWith("OFF_TRACK: KPI " + told);
        assertThat(mailsTo(quietOwner)).isEmpty();
        JsonPath owned = given().queryParam("size", 100).get("/api/v1/deliveries").then().extract().jsonPath();
        assertThat(owned.getList("items.recipient")).contains(toldOwner).doesNotContain(quietOwner);
        assertThat(given().get("/api/v1/kpis/" + told + "/owner-notifications").then().extract().jsonPath()
                .getBoolean("enabled")).isTrue();
    }

    @Test
    void mailsQueuedWhileSmtpIsDownAreSentOnceWhenItIsBack() throws Exception {
        String kpi = unique("sales.smtp");
        String team = unique("smtp") + "@example.com";
        String owner = unique("owner") + "@example.com";
        long channel = emailChannel(team);
        subscribe(channel, Map.of("kpiKeys", List.of(kpi)));
        scenario.deliveries().offTrack(kpi, owner, T);
        scenario.deliveries().fire(T);

        SmtpTestResource.stopServer();
        scenario.deliveries().send();
        scenario.clock().set(FIRED.plusSeconds(10));
        scenario.deliveries().send();
        JsonPath waiting = onlyDelivery(channel);
        assertThat(waiting.getString("state")).isEqualTo("PENDING");
        assertThat(waiting.getInt("attempts")).isEqualTo(2);
        assertThat(waiting.getString("lastError")).startsWith("SMTP server not reachable");
        JsonPath ownersMail = given().queryParam("alertId", waiting.getLong("alertId")).get("/api/v1/deliveries").then()
                .extract().jsonPath();
        assertThat(ownersMail.getList("items.recipient")).contains(owner);
        assertThat(ownersMail.getList("items.findAll { it.recipient == '" + owner + "' }.attempts"))
                .as("the owner's mail waited while the server was down instead of failing in turn").containsExactly(0);

        SmtpTestResource.startServer();
        scenario.clock().set(FIRED.plusSeconds(60));
        scenario.deliveries().send();
        scenario.clock().set(FIRED.plusSeconds(600));
        scenario.deliveries().send();

        assertThat(mailsTo(team)).hasSize(1);
        assertThat(mailsTo(owner)).hasSize(1);
        JsonPath sent = onlyDelivery(channel);
        assertThat(sent.getString("state")).isEqualTo("SENT");
        assertThat(sent.getList("history.outcome")).containsExactly("RETRY", "RETRY", "SENT");
    }

    @Test
    void aRecipientTheServerRefusesFailsTheMailWithTheSmtpReplyAndIsNotRetried() throws Exception {
        String colleague = unique("colleague") + "@example.com";
        String nobody = unique("nobody") + "@" + RefusingGreenMail.REFUSED_DOMAIN;
        long channel = scenario.deliveries().firingKpiTo(emailChannel(colleague, nobody), T);

        scenario.deliveries().send();
        scenario.clock().set(FIRED.plusSeconds(3600));
        scenario.deliveries().send();

        JsonPath failed = onlyDelivery(channel);
        assertThat(failed.getString("state")).isEqualTo("FAILED");
        assertThat(failed.getString("lastError")).isEqualTo("SMTP 550 5.1.1 <" + nobody + ">: mailbox unavailable");
        assertThat(failed.getList("history.outcome")).containsExactly("FAILED");
        assertThat(mailsTo(nobody)).isEmpty();
        assertThat(mailsTo(colleague)).as("one mail to all recipients: refused for one, sent to none").isEmpty();
    }

    @Test
    void aGreylistedRecipientGetsTheMailOnceOnTheRetry() throws Exception {
        String team = unique("team") + "@" + RefusingGreenMail.GREYLISTING_DOMAIN;
        long channel = scenario.deliveries().firingKpiTo(emailChannel(team), T);

        scenario.deliveries().send();
        JsonPath waiting = onlyDelivery(channel);
        assertThat(waiting.getString("state")).isEqualTo("PENDING");
        assertThat(waiting.getString("lastError")).isEqualTo("SMTP 451 4.7.1 <" + team + ">: greylisted, try again later");
        assertThat(mailsTo(team)).isEmpty();

        scenario.clock().set(FIRED.plusSeconds(60));
        scenario.deliveries().send();
        scenario.clock().set(FIRED.plusSeconds(600));
        scenario.deliveries().send();

        assertThat(mailsTo(team)).hasSize(1);
        assertThat(onlyDelivery(channel).getList("history.outcome")).containsExactly("RETRY", "SENT");
    }

    @Test
    void everyMailOfABurstGoesOutAtTheFirstAttempt() throws Exception {
        String team = unique("burst") + "@example.com";
        long channel = emailChannel(team);
        List<String> kpis = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            kpis.add(unique("sales.burst"));
            owners.add(unique("owner") + "@example.com");
            scenario.deliveries().offTrack(kpis.get(i), owners.get(i), T);
        }
        subscribe(channel, Map.of("kpiKeys", kpis));
        scenario.deliveries().fire(T);

        scenario.deliveries().send();

        assertThat(mailsTo(team)).hasSize(kpis.size());
        List<Map<String, Object>> burst = new ArrayList<>(Deliveries.ofChannel(channel));
        List<Map<String, Object>> recent = given().queryParam("size", 200).get("/api/v1/deliveries").then().extract()
                .jsonPath().getList("items");
        recent.stream().filter(d -> owners.contains(d.get("recipient"))).forEach(burst::add);
        assertThat(burst).as("to the channel and to each owner").hasSize(kpis.size() + owners.size())
                .allSatisfy(d -> assertThat(d).containsEntry("state", "SENT").containsEntry("attempts", 1));
    }

    @Test
    void theChartIsAPngOfTheKpiAndUnknownKpisAndBadPeriodsAreProblems() throws IOException {
        String kpi = unique("sales.chart");
        scenario.deliveries().offTrack(kpi, unique("owner") + "@example.com", T);
        scenario.deliveries().fire(T);

        byte[] png = given().queryParam("periods", 6).get("/api/v1/kpis/" + kpi + "/chart.png").then().statusCode(200)
                .contentType("image/png").header("Cache-Control", org.hamcrest.Matchers.containsString("max-age=60"))
                .extract().asByteArray();
        var image = ImageIO.read(new java.io.ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(400);

        given().get("/api/v1/kpis/never.evaluated/chart.png").then().statusCode(404)
                .contentType("application/problem+json");
        given().queryParam("periods", 1).get("/api/v1/kpis/" + kpi + "/chart.png").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
