package com.kpiplatform.alerting.rest.mapping;

import com.kpiplatform.alerting.domain.alert.Alert;
import com.kpiplatform.alerting.domain.alert.Silence;
import com.kpiplatform.alerting.domain.alert.SilenceRule;
import com.kpiplatform.alerting.rest.dto.AlertEvent;
import com.kpiplatform.alerting.rest.dto.AlertResponse;
import com.kpiplatform.alerting.rest.dto.SilenceRequest;
import com.kpiplatform.alerting.rest.dto.SilenceResponse;
import java.time.Instant;
import org.mapstruct.Context;
import org.mapstruct.InheritConfiguration;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Alerts and silences to and from their API records. */
@Mapper
public interface AlertMapper {

    @Mapping(target = ".", source = "key")
    @Mapping(target = "period", source = "key.periodKey")
    @Mapping(target = ".", source = "profile")
    @Mapping(target = "ownerTeam", source = "profile.owner.team")
    @Mapping(target = ".", source = "standing")
    @Mapping(target = ".", source = "standing.acknowledgement")
    @Mapping(target = "acknowledgedBy", source = "standing.acknowledgement.by")
    @Mapping(target = "acknowledgedAt", source = "standing.acknowledgement.at")
    @Mapping(target = ".", source = "times")
    AlertResponse toResponse(Alert alert);

    /** An alert in a list: without its timeline. */
    @InheritConfiguration(name = "toResponse")
    @Mapping(target = "timeline", ignore = true)
    AlertResponse toListItem(Alert alert);

    AlertEvent toEvent(com.kpiplatform.alerting.domain.alert.AlertEvent event);

    @Mapping(target = "matcher", source = "silence.rule.matcher")
    @Mapping(target = "value", source = "silence.rule.value")
    @Mapping(target = "createdBy", source = "silence.created.by")
    @Mapping(target = "createdAt", source = "silence.created.at")
    @Mapping(target = "active", expression = "java(silence.isActive(now))")
    SilenceResponse toResponse(Silence silence, @Context Instant now);

    default Silence toSilence(SilenceRequest request) {
        return new Silence(null, new SilenceRule(request.matcher(), request.value()), request.startsAt(),
                request.endsAt(), request.reason(), null);
    }
}
