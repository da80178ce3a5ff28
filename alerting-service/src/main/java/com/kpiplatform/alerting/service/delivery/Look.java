package com.kpiplatform.alerting.service.delivery;

import com.kpiplatform.alerting.domain.Notice;
import com.kpiplatform.alerting.domain.NoticeKind;
import java.math.BigDecimal;
import java.math.MathContext;

/** How a notification looks in every channel: its emoji, its colour, and how it writes numbers. */
public record Look(String emoji, String colour) {

    private static final Look RED = new Look(":red_circle:", "#d1242f");
    private static final Look AMBER = new Look(":large_orange_circle:", "#d4a72c");
    private static final Look GREEN = new Look(":large_green_circle:", "#1a7f37");
    private static final Look GREY = new Look(":white_circle:", "#8c959f");
    private static final Look BLUE_DIGEST = new Look(":bar_chart:", "#0969da");
    private static final Look BLUE_TEST = new Look(":wave:", "#0969da");
    private static final MathContext SHOWN = new MathContext(6);

    public static Look of(Notice notice) {
        if (notice.kind() == NoticeKind.RESOLVED) {
            return new Look(":white_check_mark:", GREEN.colour);
        }
        if (notice.kind() == NoticeKind.MISSED_TARGET) {
            return new Look(":dart:", RED.colour);
        }
        if (notice.kind() == NoticeKind.DIGEST) {
            return BLUE_DIGEST;
        }
        if (notice.kind() == NoticeKind.TEST) {
            return BLUE_TEST;
        }
        return ofStatus(notice.status());
    }

    public static Look ofStatus(String status) {
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
