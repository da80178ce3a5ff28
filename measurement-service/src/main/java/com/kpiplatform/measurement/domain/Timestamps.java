package com.kpiplatform.measurement.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * ISO-8601 timestamps on the ingest path, where java.time's formatters cost more than the rest of
 * a measurement's handling: the usual form {@code 2026-11-21T09:30:00(.fraction)(Z|+hh:mm)} is
 * read and written directly; any other form goes through {@link OffsetDateTime#parse}.
 */
public final class Timestamps {

    private Timestamps() {
    }

    /** The instant of an ISO-8601 timestamp with an offset. */
    public static Instant parse(String text) {
        Instant fast = parseUsualForm(text);
        return fast != null ? fast : OffsetDateTime.parse(text).toInstant();
    }

    /** UTC, with as many fraction digits as needed: {@code 2026-11-21T09:30:00.5Z}. */
    public static void append(StringBuilder out, Instant instant) {
        LocalDateTime utc = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        digits(out, utc.getYear(), 4).append('-');
        digits(out, utc.getMonthValue(), 2).append('-');
        digits(out, utc.getDayOfMonth(), 2).append('T');
        digits(out, utc.getHour(), 2).append(':');
        digits(out, utc.getMinute(), 2).append(':');
        digits(out, utc.getSecond(), 2);
        int nanos = instant.getNano();
        if (nanos != 0) {
            String fraction = Integer.toString(1_000_000_000 + nanos).substring(1).replaceAll("0+$", "");
            out.append('.').append(fraction);
        }
        out.append('Z');
    }

    private static Instant parseUsualForm(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            return null;
        }
        int year = number(s, 0, 4);
        int month = number(s, 5, 7);
        int day = number(s, 8, 10);
        int hour = number(s, 11, 13);
        int minute = number(s, 14, 16);
        int second = number(s, 17, 19);
        int i = 19;
        int nanos = 0;
        if (s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (i == start || i - start > 9) {
                return null;
            }
            nanos = number(s, start, i) * (int) Math.pow(10, 9 - (i - start));
        }
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59
                || i >= n) {
            return null;
        }
        int offsetSeconds;
        if (s.charAt(i) == 'Z' && i == n - 1) {
            offsetSeconds = 0;
        } else if ((s.charAt(i) == '+' || s.charAt(i) == '-') && n - i == 6 && s.charAt(i + 3) == ':') {
            int hours = number(s, i + 1, i + 3);
            int minutes = number(s, i + 4, i + 6);
            if (hours < 0 || hours > 18 || minutes < 0 || minutes > 59) {
                return null;
            }
            offsetSeconds = (s.charAt(i) == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
        } else {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos).toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The decimal number in s[from, to), or -1 if it is not all digits. */
    private static int number(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static StringBuilder digits(StringBuilder out, int value, int width) {
        String text = Integer.toString(value);
        for (int i = text.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(text);
    }
}
