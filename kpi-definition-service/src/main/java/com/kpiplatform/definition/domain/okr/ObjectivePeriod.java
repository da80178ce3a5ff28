package com.kpiplatform.definition.domain.okr;

import com.kpiplatform.support.period.InvalidPeriodKeyException;
import com.kpiplatform.support.period.Period;
import com.kpiplatform.support.period.PeriodType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period an objective is set for: a quarter ({@code 2026-Q4}), a half year ({@code 2026-H1})
 * or a year ({@code 2026}). Dates are {@code start} inclusive, {@code end} exclusive; instants
 * follow the objective's time zone.
 */
public record ObjectivePeriod(String key, LocalDate startDate, LocalDate endDate) {

    public static final String EXPECTATION = "must be a quarter (2026-Q4), a half year (2026-H1) or a year (2026)";

    private static final Pattern KEY = Pattern.compile("(\\d{4})(?:-(Q[1-4]|H[12]))?");
    private static final int MIN_YEAR = 1970;
    private static final int MAX_YEAR = 2999;

    public static ObjectivePeriod parse(String key) {
        Matcher matcher = key == null ? null : KEY.matcher(key);
        if (matcher == null || !matcher.matches()) {
            throw new InvalidPeriodKeyException(EXPECTATION);
        }
        int year = Integer.parseInt(matcher.group(1));
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new InvalidPeriodKeyException("must be a year between " + MIN_YEAR + " and " + MAX_YEAR);
        }
        String part = matcher.group(2);
        if (part == null) {
            LocalDate first = LocalDate.of(year, 1, 1);
            return new ObjectivePeriod(key, first, first.plusYears(1));
        }
        int index = part.charAt(1) - '0';
        int months = part.charAt(0) == 'Q' ? 3 : 6;
        LocalDate first = LocalDate.of(year, (index - 1) * months + 1, 1);
        return new ObjectivePeriod(key, first, first.plusMonths(months));
    }

    public Instant start(ZoneId zone) {
        return startDate.atStartOfDay(zone).toInstant();
    }

    public Instant end(ZoneId zone) {
        return endDate.atStartOfDay(zone).toInstant();
    }

    public boolean isClosedAt(Instant now, ZoneId zone) {
        return !now.isBefore(end(zone));
    }

    /** How much of the period has passed at {@code now}: 0 before it starts, 1 once it has ended. */
    public double elapsedAt(Instant now, ZoneId zone) {
        Instant start = start(zone);
        Instant end = end(zone);
        if (!now.isAfter(start)) {
            return 0;
        }
        if (!now.isBefore(end)) {
            return 1;
        }
        return (double) Duration.between(start, now).toMillis() / Duration.between(start, end).toMillis();
    }

    /**
     * The periods of a KPI of another period type that overlap this one, up to and including the
     * one containing {@code today}: what a KPI-linked key result adds up. Never empty: a KPI whose
     * periods are longer than this one contributes the period that contains its start.
     */
    public List<Period> kpiPeriods(PeriodType type, LocalDate today) {
        LocalDate until = today.isBefore(endDate) ? today.plusDays(1) : endDate;
        List<Period> periods = new ArrayList<>();
        Period period = type.containing(startDate);
        do {
            periods.add(period);
            period = period.next();
        } while (period.startDate().isBefore(until));
        return periods;
    }
}
