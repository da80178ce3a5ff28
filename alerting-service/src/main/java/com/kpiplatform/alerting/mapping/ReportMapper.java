package com.kpiplatform.alerting.mapping;

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
    @Mapping(target = "kpisEvaluated", source = "counts.kpisEvaluated")
    @Mapping(target = "keyResultsEvaluated", source = "counts.keyResultsEvaluated")
    @Mapping(target = "statuses", source = "counts.statuses")
    @Mapping(target = "alertsOpened", source = "counts.alertsOpened")
    @Mapping(target = "alertsResolved", source = "counts.alertsResolved")
    EvaluationCycleResponse toResponse(CycleRecord cycle);

    @Mapping(target = "period", source = "periodKey")
    @Mapping(target = "target", source = "target.value")
    @Mapping(target = "stretch", source = "target.stretch")
    @Mapping(target = "status", source = "evaluation.status")
    @Mapping(target = "judged", source = "evaluation.judged")
    @Mapping(target = "attainment", source = "evaluation.attainment")
    @Mapping(target = "pace", source = "evaluation.pace")
    @Mapping(target = "forecast", source = "evaluation.forecast")
    @Mapping(target = "elapsed", source = "evaluation.elapsed")
    @Mapping(target = "reason", source = "evaluation.reason")
    StatusPoint toStatusPoint(com.kpiplatform.alerting.domain.judging.StatusPoint point);

    @Mapping(target = "name", source = "profile.name")
    @Mapping(target = "unit", source = "profile.unit")
    @Mapping(target = "category", source = "profile.category")
    @Mapping(target = "level", source = "profile.level")
    @Mapping(target = "ownerTeam", source = "profile.owner.team")
    @Mapping(target = "tags", source = "profile.tags")
    @Mapping(target = "period", source = "latest.periodKey")
    @Mapping(target = "evaluatedAt", source = "latest.evaluatedAt")
    @Mapping(target = "target", source = "latest.target.value")
    @Mapping(target = "stretch", source = "latest.target.stretch")
    @Mapping(target = "status", source = "latest.standing.status")
    @Mapping(target = "actual", source = "latest.standing.actual")
    @Mapping(target = "attainment", source = "latest.standing.attainment")
    @Mapping(target = "pace", source = "latest.standing.pace")
    @Mapping(target = "forecast", source = "latest.standing.forecast")
    @Mapping(target = "reason", source = "latest.standing.reason")
    @Mapping(target = "anomalyScore", source = "comparison.anomalyScore")
    @Mapping(target = "findings", source = "comparison.findings")
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
    @Mapping(target = "status", source = "keyResult.standing.status")
    @Mapping(target = "progress", source = "keyResult.standing.progress")
    @Mapping(target = "expected", source = "objective.expectedProgress")
    @Mapping(target = "confidence", source = "keyResult.standing.confidence")
    KeyResultStatus toStatus(KeyResultEvaluation evaluation);

    @Mapping(target = "kpiKey", source = "verdict.kpiKey")
    @Mapping(target = "period", source = "verdict.periodKey")
    @Mapping(target = "status", source = "verdict.status")
    @Mapping(target = "missed", source = "verdict.missed")
    @Mapping(target = "actual", source = "verdict.actual")
    @Mapping(target = "target", source = "verdict.target")
    @Mapping(target = "message", source = "verdict.message")
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
