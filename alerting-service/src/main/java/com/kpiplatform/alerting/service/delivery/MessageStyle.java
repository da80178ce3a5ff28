package com.kpiplatform.alerting.service.delivery;

import com.kpiplatform.alerting.domain.delivery.Notice;
import com.kpiplatform.alerting.domain.delivery.NoticeKind;
import com.kpiplatform.alerting.domain.delivery.StatusNotice;
import java.math.BigDecimal;
import java.math.MathContext;

/** How a notification looks in every channel: its emoji, its colour, and how it writes numbers. */
public record MessageStyle(String emoji, String colour) {

    private static final MessageStyle RED = new MessageStyle(":red_circle:", "#d1242f");
    private static final MessageStyle AMBER = new MessageStyle(":large_orange_circle:", "#d4a72c");
    private static final MessageStyle GREEN = new MessageStyle(":large_green_circle:", "#1a7f37");
    private static final MessageStyle GREY = new MessageStyle(":white_circle:", "#8c959f");
    private static final MessageStyle BLUE_DIGEST = new MessageStyle(":bar_chart:", "#0969da");
    private static final MessageStyle BLUE_TEST = new MessageStyle(":wave:", "#0969da");
    private static final MathContext SHOWN = new MathContext(6);

    public static MessageStyle of(Notice notice) {
        if (notice.kind() == NoticeKind.RESOLVED) {
            return new MessageStyle(":white_check_mark:", GREEN.colour);
        }
        if (notice.kind() == NoticeKind.MISSED_TARGET) {
            return new MessageStyle(":dart:", RED.colour);
        }
        if (notice.kind() == NoticeKind.DIGEST) {
            return BLUE_DIGEST;
        }
        if (notice.kind() == NoticeKind.TEST) {
            return BLUE_TEST;
        }
        return ofStatus(notice instanceof StatusNotice status ? status.figures().status() : null);
    }

    public static MessageStyle ofStatus(String status) {
        if (status == null) {
            return GREY;
        }
        return switch (status) {
            case "OFF_TRACK", "FAILING" -> RED;
            case "AT_RISK" -> AMBER;
            case "ON_TRACK", "EXCEEDED", "OK" -> GREEN;
            default -> GREY;
        };
    }

    /** A number as people read it: six significant digits, no trailing zeros, with its unit; "–" when absent. */
    public static String amount(BigDecimal value, String unit) {
        if (value == null) {
            return "–";
        }
        String number = value.round(SHOWN).stripTrailingZeros().toPlainString();
        return unit == null || unit.isBlank() ? number : number + " " + unit;
    }

    public static String percent(BigDecimal value) {
        return value == null ? "–" : amount(value, null) + " %";
    }
}
