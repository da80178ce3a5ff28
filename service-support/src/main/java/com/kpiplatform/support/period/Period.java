package com.kpiplatform.support.period;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * One period of a KPI: its key and its calendar dates, {@code start} inclusive and {@code end}
 * exclusive. Its instants depend on the KPI's time zone, so that a monthly KPI in Europe/Berlin
 * starts at local midnight, whatever the offset that day.
 */
public record Period(PeriodType type, String key, LocalDate startDate, LocalDate endDate) {

    public static Period containing(PeriodType type, Instant instant, ZoneId zone) {
        return type.containing(LocalDate.ofInstant(instant, zone));
    }

    public Instant start(ZoneId zone) {
        return startDate.atStartOfDay(zone).toInstant();
    }

    public Instant end(ZoneId zone) {
        return endDate.atStartOfDay(zone).toInstant();
    }

    public Period next() {
        return type.containing(endDate);
    }

    public Period previous() {
        return type.containing(startDate.minusDays(1));
    }
}
