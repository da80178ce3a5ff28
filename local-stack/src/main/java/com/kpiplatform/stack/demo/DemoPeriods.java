package com.kpiplatform.stack.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * The calendar periods the demo KPIs use, by their local first day: months ({@code 2026-11}) and ISO
 * weeks ({@code 2026-W47}), keyed as the platform keys them.
 */
final class DemoPeriods {

    private DemoPeriods() {
    }

    /** The first day of the period that holds {@code day}. */
    static LocalDate start(boolean weekly, LocalDate day) {
        return weekly ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day.withDayOfMonth(1);
    }

    /** The first day of the period {@code offset} periods after the one starting on {@code start}. */
    static LocalDate shift(boolean weekly, LocalDate start, int offset) {
        return weekly ? start.plusWeeks(offset) : start.plusMonths(offset);
    }

    static String key(boolean weekly, LocalDate day) {
        if (weekly) {
            return "%d-W%02d".formatted(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }
        return YearMonth.from(day).toString();
    }

    static int length(boolean weekly, LocalDate start) {
        return weekly ? 7 : start.lengthOfMonth();
    }

    /** The objective periods that hold {@code day}: its year, half year and quarter. */
    static String year(LocalDate day) {
        return Integer.toString(day.getYear());
    }

    static String half(LocalDate day) {
        return day.getYear() + "-H" + (day.getMonthValue() <= 6 ? 1 : 2);
    }

    static String quarter(LocalDate day) {
        return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }
}
