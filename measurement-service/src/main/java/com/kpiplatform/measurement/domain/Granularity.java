package com.kpiplatform.measurement.domain;

import com.kpiplatform.support.period.PeriodType;

/** The bucket size of a time series; buckets are periods of the matching type. */
public enum Granularity {
    DAY(PeriodType.DAILY),
    WEEK(PeriodType.WEEKLY),
    MONTH(PeriodType.MONTHLY),
    QUARTER(PeriodType.QUARTERLY),
    YEAR(PeriodType.YEARLY);

    private final PeriodType periodType;

    Granularity(PeriodType periodType) {
        this.periodType = periodType;
    }

    public PeriodType periodType() {
        return periodType;
    }
}
