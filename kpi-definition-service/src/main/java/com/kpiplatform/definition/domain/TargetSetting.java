package com.kpiplatform.definition.domain;

import java.math.BigDecimal;

/** One period's target, with an optional stretch value beyond it, as it is to be set. */
public record TargetSetting(String period, BigDecimal target, BigDecimal stretch) {
}
