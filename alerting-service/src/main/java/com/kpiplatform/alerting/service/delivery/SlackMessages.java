package com.kpiplatform.alerting.service.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kpiplatform.alerting.domain.delivery.DigestLine;
import com.kpiplatform.alerting.domain.delivery.DigestNotice;
import com.kpiplatform.alerting.domain.delivery.Figures;
import com.kpiplatform.alerting.domain.delivery.Notice;
import com.kpiplatform.alerting.domain.delivery.NoticeSubject;
import com.kpiplatform.alerting.domain.delivery.StatusNotice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * Slack Block Kit messages, within Slack's limits: a header of at most 150 characters, sections of
 * at most 3,000, at most 50 blocks, and {@code text} as the fallback that notifications and old
 * clients show. The colour bar comes from the attachment that holds the blocks.
 */
@ApplicationScoped
public class SlackMessages {

    static final int HEADER_LIMIT = 150;
    static final int SECTION_LIMIT = 3000;
    static final int FIELD_LIMIT = 2000;
    /** Blocks a message may hold, less the ones around a digest's lines. */
    static final int DIGEST_SECTIONS = 45;

    @Inject
    ObjectMapper json;

    public String json(Notice notice) {
        return render(notice).toString();
    }

    public ObjectNode render(Notice notice) {
        MessageStyle look = MessageStyle.of(notice);
        ObjectNode message = json.createObjectNode();
        message.put("text", cut(look.emoji() + " " + escape(notice.headline()), SECTION_LIMIT));
        ObjectNode attachment = message.putArray("attachments").addObject();
        attachment.put("color", look.colour());
        ArrayNode blocks = attachment.putArray("blocks");
        ObjectNode header = blocks.addObject().put("type", "header");
        header.putObject("text").put("type", "plain_text").put("emoji", true)
                .put("text", cut(look.emoji() + " " + notice.headline(), HEADER_LIMIT));
        if (notice instanceof StatusNotice status) {
            summary(status, blocks);
        } else if (notice instanceof DigestNotice digest) {
            digest(digest, blocks);
        } else if (notice.detail() != null) {
            section(blocks, escape(notice.detail()));
        }
        if (notice instanceof StatusNotice status && status.links().chart() != null) {
            blocks.addObject().put("type", "image").put("image_url", status.links().chart())
                    .put("alt_text", cut("Trend of " + status.subject().name() + " against its target", FIELD_LIMIT));
        }
        if (notice.link() != null) {
            ObjectNode button = blocks.addObject().put("type", "actions").putArray("elements").addObject()
                    .put("type", "button").put("url", notice.link());
            button.putObject("text").put("type", "plain_text").put("text", "Open in the dashboard");
        }
        return message;
    }

    private static void summary(StatusNotice notice, ArrayNode blocks) {
        Figures figures = notice.figures();
        NoticeSubject subject = notice.subject();
        StringBuilder text = new StringBuilder();
        if (figures.measured()) {
            text.append("*Actual* ").append(escape(MessageStyle.amount(figures.actual(), figures.unit())))
                    .append(" vs *target* ").append(escape(MessageStyle.amount(figures.target(), figures.unit())));
        }
        if (notice.detail() != null) {
            text.append(text.isEmpty() ? "" : "\n").append(escape(notice.detail()));
        }
        if (!text.isEmpty()) {
            section(blocks, text.toString());
        }
        List<String> fields = new ArrayList<>();
        field(fields, "Period", subject.period());
        field(fields, "Owner", owner(subject));
        field(fields, "Pace", figures.pace() == null ? null : MessageStyle.percent(figures.pace()) + " of the target due by now");
        field(fields, "Forecast", figures.forecast() == null ? null : MessageStyle.amount(figures.forecast(), figures.unit()));
        field(fields, "Severity", notice.severity() == null ? null : notice.severity().name());
        field(fields, subject.type() == null ? "Subject" : subject.type().name().replace('_', ' '),
                subject.key() == null ? null : "`" + subject.key() + "`");
        if (!fields.isEmpty()) {
            ArrayNode array = blocks.addObject().put("type", "section").putArray("fields");
            fields.forEach(f -> array.addObject().put("type", "mrkdwn").put("text", cut(f, FIELD_LIMIT)));
        }
    }

    /** A digest's lines, packed into as few sections as Slack allows; what does not fit is counted. */
    private static void digest(DigestNotice notice, ArrayNode blocks) {
        if (notice.detail() != null) {
            section(blocks, escape(notice.detail()));
        }
        StringBuilder text = new StringBuilder();
        int sections = 0;
        int shown = 0;
        for (DigestLine line : notice.lines()) {
            String entry = MessageStyle.ofStatus(line.status()).emoji() + " *" + escape(line.name()) + "* `" + line.kpiKey()
                    + "` " + line.status() + (line.changed() ? " (was " + line.previousStatus() + ")" : "") + " – "
                    + escape(MessageStyle.amount(line.actual(), line.unit())) + " / " + escape(MessageStyle.amount(line.target(), line.unit()))
                    + (line.note() == null ? "" : " – " + escape(line.note())) + "\n";
            if (text.length() + entry.length() > SECTION_LIMIT) {
                if (sections == DIGEST_SECTIONS - 1) {
                    break;
                }
                section(blocks, text.toString());
                sections++;
                text.setLength(0);
            }
            text.append(entry);
            shown++;
        }
        int left = notice.lines().size() - shown;
        if (left > 0) {
            text.append("…and ").append(left).append(" more in the dashboard");
        }
        if (!text.isEmpty()) {
            section(blocks, cut(text.toString(), SECTION_LIMIT));
        }
    }

    private static void section(ArrayNode blocks, String mrkdwn) {
        blocks.addObject().put("type", "section").putObject("text").put("type", "mrkdwn")
                .put("text", cut(mrkdwn, SECTION_LIMIT));
    }

    private static void field(List<String> fields, String label, String value) {
        if (value != null) {
            fields.add("*" + label + "*\n" + escape(value));
        }
    }

    static String owner(NoticeSubject subject) {
        if (subject.ownerTeam() == null) {
            return subject.ownerName();
        }
        return subject.ownerName() == null ? subject.ownerTeam() : subject.ownerName() + " (" + subject.ownerTeam() + ")";
    }

    /** Slack's three control characters in mrkdwn (https://api.slack.com/reference/surfaces/formatting#escaping). */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String cut(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
    }
}
