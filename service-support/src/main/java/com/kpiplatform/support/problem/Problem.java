package com.kpiplatform.support.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem details body, the only error shape any service returns.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details (media type application/problem+json). "
        + "Some problems carry extension members, such as how many measurements of a stream were stored anyway.",
        requiredProperties = {"type", "title", "status", "detail"}, additionalProperties = Schema.True.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        @Schema(description = "Identifies the kind of problem.", examples = "urn:kpi-platform:problem:validation")
        String type,
        @Schema(description = "Short, human-readable summary of the kind of problem.", examples = "Invalid request")
        String title,
        @Schema(description = "HTTP status code.", examples = "400")
        int status,
        @Schema(description = "Explanation specific to this occurrence.", examples = "2 fields are invalid.")
        String detail,
        @Schema(description = "The request path this problem occurred on.", examples = "/api/v1/kpis")
        String instance,
        @Schema(description = "Correlation id of the request (also in the X-Request-Id header); quote it when reporting a problem.",
                examples = "4b8f6c3e-8a4e-4c1e-9d43-1f0e2b7a5c11")
        String requestId,
        @Schema(description = "For validation problems: one entry per invalid field.")
        List<FieldViolation> errors,
        @JsonIgnore
        Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem(String type, String title, int status, String detail, String instance, String requestId,
            List<FieldViolation> errors) {
        this(type, title, status, detail, instance, requestId, errors, Map.of());
    }

    /** RFC 9457 extension members, e.g. how many measurements of a stream were stored anyway. */
    @JsonAnyGetter
    public Map<String, Object> extensionMembers() {
        return extensions;
    }

    /** One invalid input: the JSON path (or query parameter) and why it was rejected. */
    @Schema(name = "FieldViolation", requiredProperties = {"field", "message"})
    public record FieldViolation(
            @Schema(description = "JSON path of the field or name of the parameter.", examples = "thresholds.amberPercent")
            String field,
            @Schema(description = "Why the value was rejected.", examples = "must be between 0 and 100")
            String message) {
    }
}
