package com.kpiplatform.alerting.mapping;

import com.kpiplatform.alerting.domain.TargetRealism;
import com.kpiplatform.alerting.domain.DeliveryState;
import com.kpiplatform.alerting.repository.AlertEntity;
import com.kpiplatform.alerting.repository.DeliveryAttemptEntity;
import com.kpiplatform.alerting.repository.DeliveryEntity;
import com.kpiplatform.alerting.repository.SubscriptionEntity;
import com.kpiplatform.alerting.rest.dto.DeliveryResponse;
import com.kpiplatform.alerting.rest.dto.SubscriptionResponse;
import com.kpiplatform.alerting.repository.AlertEventEntity;
import com.kpiplatform.alerting.repository.EvaluationCycleEntity;
import com.kpiplatform.alerting.repository.KeyResultStatusEntity;
import com.kpiplatform.alerting.repository.KpiEvaluationEntity;
import com.kpiplatform.alerting.repository.PeriodVerdictEntity;
import com.kpiplatform.alerting.repository.ScorecardEntryEntity;
import com.kpiplatform.alerting.repository.SilenceEntity;
import com.kpiplatform.alerting.rest.dto.AlertEvent;
import com.kpiplatform.alerting.rest.dto.AlertResponse;
import com.kpiplatform.alerting.rest.dto.EvaluationCycleResponse;
import com.kpiplatform.alerting.rest.dto.KeyResultStatus;
import com.kpiplatform.alerting.rest.dto.PeriodVerdict;
import com.kpiplatform.alerting.rest.dto.ScorecardEntry;
import com.kpiplatform.alerting.rest.dto.SilenceResponse;
import com.kpiplatform.alerting.rest.dto.StatusPoint;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** The alerting-service's stored records to their API records. */
@Mapper
public interface AlertingMapper {

    /** Changes within half a percent of the previous value count as flat. */
    BigDecimal FLAT_PERCENT = new BigDecimal("0.5");

    EvaluationCycleResponse toResponse(EvaluationCycleEntity cycle);

    @Mapping(target = "period", source = "periodKey")
    StatusPoint toStatusPoint(KpiEvaluationEntity evaluation);

    @Mapping(target = "period", source = "periodKey")
    @Mapping(target = "trend", source = ".")
    ScorecardEntry toEntry(ScorecardEntryEntity entry);

    ScorecardEntry.Finding toFinding(TargetRealism.Finding finding);

    @Mapping(target = "period", source = "periodKey")
    KeyResultStatus toStatus(KeyResultStatusEntity keyResult);

    @Mapping(target = "period", source = "alert.periodKey")
    @Mapping(target = "timeline", source = "timeline")
    AlertResponse toResponse(AlertEntity alert, List<AlertEventEntity> timeline);

    AlertEvent toEvent(AlertEventEntity event);

    @Mapping(target = "matcher", expression = "java(silence.matcher.name())")
    @Mapping(target = "active", expression = "java(!silence.startsAt.isAfter(now) && silence.endsAt.isAfter(now))")
    SilenceResponse toResponse(SilenceEntity silence, @Context Instant now);

    @Mapping(target = "period", source = "periodKey")
    PeriodVerdict toVerdict(PeriodVerdictEntity verdict);

    @Mapping(target = "repeatInterval", expression = "java(subscription.repeatInterval())")
    SubscriptionResponse toResponse(SubscriptionEntity subscription);

    @Mapping(target = "nextAttemptAt", expression = "java(delivery.state == DeliveryState.PENDING ? delivery.nextAttemptAt : null)")
    DeliveryResponse toResponse(DeliveryEntity delivery, List<DeliveryAttemptEntity> history);

    DeliveryResponse.Attempt toAttempt(DeliveryAttemptEntity attempt);

    /** The current value (the forecast for SUM/COUNT while it runs) against the previous period's actual. */
    default ScorecardEntry.Trend trend(ScorecardEntryEntity entry) {
        BigDecimal current = entry.forecast != null ? entry.forecast : entry.actual;
        if (entry.previousActual == null || current == null) {
            return null;
        }
        BigDecimal change = current.subtract(entry.previousActual);
        BigDecimal percent = entry.previousActual.signum() == 0 ? null
                : change.multiply(BigDecimal.valueOf(100)).divide(entry.previousActual.abs(), MathContext.DECIMAL64)
                        .setScale(1, RoundingMode.HALF_EVEN);
        boolean flat = percent != null ? percent.abs().compareTo(FLAT_PERCENT) < 0 : change.signum() == 0;
        String movement = flat ? "FLAT" : change.signum() > 0 ? "UP" : "DOWN";
        Boolean improving = switch (entry.direction) {
            case "HIGHER_IS_BETTER" -> flat ? null : change.signum() > 0;
            case "LOWER_IS_BETTER" -> flat ? null : change.signum() < 0;
            default -> null;
        };
        return new ScorecardEntry.Trend(entry.previousActual, change, percent, movement, improving);
    }
}
