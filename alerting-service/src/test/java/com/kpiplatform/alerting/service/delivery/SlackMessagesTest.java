package com.kpiplatform.alerting.service.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kpiplatform.alerting.domain.alert.Severity;
import com.kpiplatform.alerting.domain.alert.SubjectType;
import com.kpiplatform.alerting.domain.delivery.DigestLine;
import com.kpiplatform.alerting.domain.delivery.DigestNotice;
import com.kpiplatform.alerting.domain.delivery.Figures;
import com.kpiplatform.alerting.domain.delivery.Notice;
import com.kpiplatform.alerting.domain.delivery.NoticeKind;
import com.kpiplatform.alerting.domain.delivery.NoticeSubject;
import com.kpiplatform.alerting.domain.delivery.StatusNotice;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlackMessagesTest {

    private final SlackMessages messages = new SlackMessages();

    SlackMessagesTest() {
        messages.json = new ObjectMapper();
    }

    private static Notice alert(String name, String detail) {
        return new StatusNotice(NoticeKind.FIRED, "OFF_TRACK: " + name + " (sales.mrr)", Severity.CRITICAL,
                new NoticeSubject(SubjectType.KPI, "sales.mrr", name, "2026-11", "sales", "Ada"),
                new Figures("OFF_TRACK", "EUR", new BigDecimal("600.000"), new BigDecimal("1000"), new BigDecimal("60"),
                        new BigDecimal("850")), detail, StatusNotice.Links.NONE, Instant.EPOCH);
    }

    @Test
    void controlCharactersAreEscapedAndNumbersReadable() {
        ObjectNode message = messages.render(alert("Revenue <EU & UK>", "actual < target"));
        String section = message.path("attachments").get(0).path("blocks").get(1).path("text").path("text").asText();
        assertThat(section).isEqualTo("*Actual* 600 EUR vs *target* 1000 EUR\nactual &lt; target");
        assertThat(message.path("text").asText()).contains("Revenue &lt;EU &amp; UK&gt;");
    }

    @ParameterizedTest(name = "a name of {0} characters")
    @ValueSource(ints = {10, 200, 5000})
    void everyPartStaysWithinSlacksLimits(int length) {
        ObjectNode message = messages.render(alert("n".repeat(length), "d".repeat(length * 2)));
        JsonNode blocks = message.path("attachments").get(0).path("blocks");
        assertThat(blocks.get(0).path("text").path("text").asText().length()).isLessThanOrEqualTo(SlackMessages.HEADER_LIMIT);
        blocks.forEach(block -> {
            assertThat(block.path("text").path("text").asText().length()).isLessThanOrEqualTo(SlackMessages.SECTION_LIMIT);
            block.path("fields").forEach(f -> assertThat(f.path("text").asText().length())
                    .isLessThanOrEqualTo(SlackMessages.FIELD_LIMIT));
        });
        assertThat(message.path("text").asText().length()).isLessThanOrEqualTo(SlackMessages.SECTION_LIMIT);
    }

    @Test
    void aLongDigestFitsFiftyBlocksAndCountsWhatItLeavesOut() {
        List<DigestLine> lines = IntStream.range(0, 3000).mapToObj(i -> new DigestLine("kpi." + i,
                "A KPI with a rather long descriptive name number " + i, "EUR", "AT_RISK", "ON_TRACK",
                BigDecimal.valueOf(i), BigDecimal.TEN, null)).toList();
        Notice digest = new DigestNotice("Weekly KPI digest: 3000 KPIs, 3000 changed", "digest", "Week 2026-W47", null,
                Instant.EPOCH, lines);
        JsonNode blocks = messages.render(digest).path("attachments").get(0).path("blocks");
        assertThat(blocks.size()).isLessThanOrEqualTo(50);
        blocks.forEach(block -> assertThat(block.path("text").path("text").asText().length())
                .isLessThanOrEqualTo(SlackMessages.SECTION_LIMIT));
        assertThat(blocks.get(blocks.size() - 1).path("text").path("text").asText()).containsPattern("…and \\d+ more");
    }
}
