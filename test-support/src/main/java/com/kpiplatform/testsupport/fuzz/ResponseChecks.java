package com.kpiplatform.testsupport.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every answer must be, however hostile the request: never a 5xx, every 4xx problem details
 * of the documented shape, and no body that shows Java class names, stack frames, SQL or
 * PostgreSQL's error texts.
 */
final class ResponseChecks {

    /** Package-qualified Java names, stack frames, exception class names, SQL and PostgreSQL errors. */
    static final Pattern INTERNALS = Pattern.compile("\\b(java|javax|jakarta|org|com|io|sun|jdk)\\.[a-z][a-z0-9_]*\\."
            + "|\\bat [a-z][a-z0-9_]*\\.[a-z]|\\b[A-Z][A-Za-z]*Exception\\b|SQLState|PSQLException|syntax error at or near"
            + "|violates [a-z ]+constraint|relation \"[^\"]+\" does not exist|invalid byte sequence");

    private static final ObjectMapper JSON = new ObjectMapper();

    private ResponseChecks() {
    }

    /** What is wrong with the answer, or null when nothing is. */
    static String violation(RawHttp.Answer response) {
        int status = response.status();
        String body = response.body();
        if (status >= 500) {
            return "answered " + status + ": " + shorten(body);
        }
        Matcher internals = INTERNALS.matcher(body);
        if (internals.find()) {
            return "answered " + status + " showing internals (" + internals.group() + "): " + shorten(body);
        }
        if (status >= 400) {
            return problemShape(response.contentType(), status, body);
        }
        return null;
    }

    private static String problemShape(String contentType, int status, String body) {
        if (contentType == null || !contentType.startsWith("application/problem+json")) {
            return "answered " + status + " as '" + contentType + "', not application/problem+json: " + shorten(body);
        }
        try {
            JsonNode problem = JSON.readTree(body);
            if (!problem.path("type").isTextual() || !problem.path("title").isTextual()
                    || problem.path("status").asInt() != status || !problem.path("detail").isTextual()) {
                return "answered " + status + " with a problem missing type, title, detail or the status: " + shorten(body);
            }
            return null;
        } catch (IOException e) {
            return "answered " + status + " with a body that is not JSON: " + shorten(body);
        }
    }

    private static String shorten(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }
}
