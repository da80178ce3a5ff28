package com.kpiplatform.testsupport.contract;

import java.util.List;
import java.util.Map;

/**
 * One request and the answer to it, as the conformance check sees them. Header names are lower
 * case; a body is null when there is none.
 */
public record Exchange(Request request, Response response) {

    /** What was sent: the path without its query, the query parameters decoded. */
    public record Request(String method, String path, Map<String, List<String>> query, Map<String, String> headers,
            String contentType, String body) {
    }

    /** What came back. */
    public record Response(int status, Map<String, String> headers, String contentType, String body) {
    }
}
