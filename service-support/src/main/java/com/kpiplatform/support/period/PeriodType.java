package com.kpiplatform.support.period;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a KPI is evaluated over, and the format of its period keys. Keys of one type sort
 * chronologically as plain strings.
 */
public enum PeriodType {
    DAILY("\\d{4}-\\d{2}-\\d{2}", "yyyy-MM-dd", "2026-11-21"),
    WEEKLY("(\\d{4})-W(\\d{2})", "yyyy-'W'ww, an ISO week", "2026-W47"),
    MONTHLY("\\d{4}-\\d{2}", "yyyy-MM", "2026-11"),
    QUARTERLY("(\\d{4})-Q([1-4])", "yyyy-'Q'q", "2026-Q4"),
    YEARLY("\\d{4}", "yyyy", "2026");

    private static final int MIN_YEAR = 1970;
    private static final int MAX_YEAR = 2999;

    private final Pattern pattern;
    private final String format;
    private final String example;

    PeriodType(String regex, String format, String example) {
        this.pattern = Pattern.compile(regex);
        this.format = format;
        this.example = example;
    }

    /** The period a key names, or an exception whose message says which format is expected. */
    public Period parse(String key) {
        Matcher matcher = key == null ? null : pattern.matcher(key);
        if (matcher == null || !matcher.matches()) {
            throw new InvalidPeriodKeyException(expectation());
        }
        try {
            LocalDate start = startOf(key, matcher);
            if (start.getYear() < MIN_YEAR || start.getYear() > MAX_YEAR) {
                throw new InvalidPeriodKeyException("must be a year between " + MIN_YEAR + " and " + MAX_YEAR);
            }
            Period period = containing(start);
            if (!period.key().equals(key)) {
                throw new InvalidPeriodKeyException(expectation());
            }
            return period;
        } catch (DateTimeException e) {
            throw new InvalidPeriodKeyException(expectation() + "; " + key + " does not exist");
        }
    }

    /** The period of this type that contains a calendar date. */
    public Period containing(LocalDate date) {
        return switch (this) {
            case DAILY -> new Period(this, date.toString(), date, date.plusDays(1));
            case WEEKLY -> {
                LocalDate monday = date.with(DayOfWeek.MONDAY);
                String key = "%d-W%02d".formatted(date.get(IsoFields.WEEK_BASED_YEAR),
                        date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                yield new Period(this, key, monday, monday.plusWeeks(1));
            }
            case MONTHLY -> {
                LocalDate first = date.withDayOfMonth(1);
                yield new Period(this, YearMonth.from(date).toString(), first, first.plusMonths(1));
            }
            case QUARTERLY -> {
                int quarter = date.get(IsoFields.QUARTER_OF_YEAR);
                LocalDate first = LocalDate.of(date.getYear(), (quarter - 1) * 3 + 1, 1);
                yield new Period(this, date.getYear() + "-Q" + quarter, first, first.plusMonths(3));
            }
            case YEARLY -> {
                LocalDate first = LocalDate.of(date.getYear(), 1, 1);
                yield new Period(this, Integer.toString(date.getYear()), first, first.plusYears(1));
            }
        };
    }

    /** The sentence a client sees when a key does not fit this type. */
    public String expectation() {
        return "must be a " + name() + " period key like " + example + " (" + format + ")";
    }

    public String example() {
        return example;
    }

    private LocalDate startOf(String key, Matcher matcher) {
        return switch (this) {
            case DAILY -> LocalDate.parse(key);
            case WEEKLY -> {
                int year = Integer.parseInt(matcher.group(1));
                int week = Integer.parseInt(matcher.group(2));
                LocalDate midYear = LocalDate.of(year, 6, 1);
                if (week < 1 || week > midYear.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
                    throw new DateTimeException("no such week");
                }
                yield midYear.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
            }
            case MONTHLY -> YearMonth.parse(key).atDay(1);
            case QUARTERLY -> LocalDate.of(Integer.parseInt(matcher.group(1)),
                    (Integer.parseInt(matcher.group(2)) - 1) * 3 + 1, 1);
            case YEARLY -> LocalDate.of(Integer.parseInt(key), 1, 1);
        };
    }
}
