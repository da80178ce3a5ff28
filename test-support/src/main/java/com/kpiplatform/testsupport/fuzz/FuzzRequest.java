package com.kpiplatform.testsupport.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One generated request, exactly as it goes on the wire: the target is already percent-encoded
 * (or deliberately not), the body is bytes.
 *
 * @param mutation what was done to it, for the report
 */
record FuzzRequest(String method, String target, Map<String, String> headers, String contentType, byte[] body,
        String mutation) {

    /** How a failure report shows it: enough to replay it by hand. */
    String describe() {
        String shown = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        shown = shown.length() > 300 ? shown.substring(0, 300) + "… (" + body.length + " bytes)" : shown;
        String target = this.target.length() > 300 ? this.target.substring(0, 300) + "…" : this.target;
        return method.toUpperCase() + " " + target + " [" + mutation + "]"
                + (contentType == null ? "" : " Content-Type: " + contentType) + (shown.isEmpty() ? "" : "\n  " + shown);
    }
}
