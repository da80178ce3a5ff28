package com.kpiplatform.support.openapi;

import com.kpiplatform.support.problem.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents on every operation the problem responses that the shared mappers can give it, so that
 * each resource only declares the statuses specific to it: 400 (any query string can be malformed),
 * 406 and 500 everywhere; 413 and 415 where there is a body. Error responses declared without
 * content get the problem body, so resources only say when and why.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class StandardProblemResponses implements OASFilter {

    private static final String INVALID_INPUT = "Invalid input: the problem lists each invalid field in `errors`.";
    /** What the scanner writes for operations with validated parameters. */
    private static final String GENERATED_400 = "Bad Request";

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return operation;
        }
        addIfAbsent(responses, "400", INVALID_INPUT);
        addIfAbsent(responses, "406", "The Accept header names no media type this operation answers.");
        if (operation.getRequestBody() != null) {
            addIfAbsent(responses, "413", "The body is larger than the service accepts.");
            addIfAbsent(responses, "415", "The body's Content-Type is not accepted by this operation.");
        }
        addIfAbsent(responses, "500", "Unexpected error; the problem carries the request id to report.");
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.matches("[45]\\d\\d") && response.getContent() == null && response.getRef() == null) {
                response.setContent(problemContent());
            } else if (status.matches("[45]\\d\\d") && response.getContent() != null
                    && response.getContent().hasMediaType(Problem.MEDIA_TYPE)
                    && response.getContent().getMediaType(Problem.MEDIA_TYPE).getSchema() == null) {
                response.getContent().getMediaType(Problem.MEDIA_TYPE).setSchema(OASFactory.createSchema().ref("Problem"));
            }
            if (status.equals("400") && GENERATED_400.equals(response.getDescription())) {
                response.setDescription(INVALID_INPUT);
            }
        });
        return operation;
    }

    private static void addIfAbsent(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description).content(problemContent()));
    }

    /** Problem details as a response's content. */
    static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")));
    }
}
