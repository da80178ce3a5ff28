package com.kpiplatform.alerting.rest.mapping;

import com.kpiplatform.alerting.domain.cycle.CycleRecord;
import com.kpiplatform.alerting.domain.judging.KeyResultEvaluation;
import com.kpiplatform.alerting.domain.judging.RecordedVerdict;
import com.kpiplatform.alerting.domain.judging.TargetRealism;
import com.kpiplatform.alerting.rest.dto.EvaluationCycleResponse;
import com.kpiplatform.alerting.rest.dto.KeyResultStatus;
import com.kpiplatform.alerting.rest.dto.PeriodVerdict;
import com.kpiplatform.alerting.rest.dto.ScorecardEntry;
import com.kpiplatform.alerting.rest.dto.StatusPoint;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** What evaluations left (cycles, status histories, the scorecard, key results, verdicts) to their API records. */
@Mapper
public interface ReportMapper {

    /** Changes within half a percent of the previous value count as flat. */
    BigDecimal FLAT_PERCENT = new BigDecimal("0.5");

    @Mapping(target = "durationMs", expression = "java(cycle.durationMs())")
    @Mapping(target = ".", source = "counts")
    EvaluationCycleResponse toResponse(CycleRecord cycle);

    @Mapping(target = "period", source = "periodKey")
    @Mapping(target = "target", source = "target.value")
    @Mapping(target = "stretch", source = "target.stretch")
    @Mapping(target = ".", source = "evaluation")
    StatusPoint toStatusPoint(com.kpiplatform.alerting.domain.judging.StatusPoint point);

    @Mapping(target = ".", source = "profile")
    @Mapping(target = "ownerTeam", source = "profile.owner.team")
    @Mapping(target = ".", source = "latest")
    @Mapping(target = "period", source = "latest.periodKey")
    @Mapping(target = "target", source = "latest.target.value")
    @Mapping(target = "stretch", source = "latest.target.stretch")
    @Mapping(target = ".", source = "latest.standing")
    @Mapping(target = ".", source = "comparison")
    @Mapping(target = "trend", source = ".")
    ScorecardEntry toEntry(com.kpiplatform.alerting.domain.judging.ScorecardEntry entry);

    ScorecardEntry.Finding toFinding(TargetRealism.Finding finding);

    @Mapping(target = "keyResultId", source = "keyResult.id")
    @Mapping(target = "objectiveId", source = "objective.id")
    @Mapping(target = "objective", source = "objective.title")
    @Mapping(target = "title", source = "keyResult.title")
    @Mapping(target = "period", source = "objective.period")
    @Mapping(target = "ownerTeam", source = "objective.ownerTeam")
    @Mapping(target = "kpiKey", source = "keyResult.kpiKey")
    @Mapping(target = ".", source = "keyResult.standing")
    @Mapping(target = "expected", source = "objective.expectedProgress")
    KeyResultStatus toStatus(KeyResultEvaluation evaluation);

    @Mapping(target = ".", source = "verdict")
    @Mapping(target = "period", source = "verdict.periodKey")
    PeriodVerdict toVerdict(RecordedVerdict recorded);

    /** The current value (the forecast for SUM/COUNT while it runs) against the previous period's actual. */
    default ScorecardEntry.Trend trend(com.kpiplatform.alerting.domain.judging.ScorecardEntry entry) {
        var standing = entry.latest().standing();
        BigDecimal previous = entry.comparison().previousActual();
        BigDecimal current = standing.forecast() != null ? standing.forecast() : standing.actual();
        if (previous == null || current == null) {
            return null;
        }
        BigDecimal change = current.subtract(previous);
        BigDecimal percent = previous.signum() == 0 ? null
                : change.multiply(BigDecimal.valueOf(100)).divide(previous.abs(), MathContext.DECIMAL64)
                        .setScale(1, RoundingMode.HALF_EVEN);
        boolean flat = percent != null ? percent.abs().compareTo(FLAT_PERCENT) < 0 : change.signum() == 0;
        String movement = flat ? "FLAT" : change.signum() > 0 ? "UP" : "DOWN";
        Boolean improving = switch (entry.direction()) {
            case HIGHER_IS_BETTER -> flat ? null : change.signum() > 0;
            case LOWER_IS_BETTER -> flat ? null : change.signum() < 0;
            default -> null;
        };
        return new ScorecardEntry.Trend(previous, change, percent, movement, improving);
    }
}
