package com.kpiplatform.support.http;

import com.kpiplatform.support.config.PlatformHttpConfig;
import com.kpiplatform.support.problem.Problem.FieldViolation;
import com.kpiplatform.support.problem.ProblemType;
import com.kpiplatform.support.problem.VertxProblems;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;

/**
 * The first look at every request, before any resource: a request target or headers over the
 * platform's limits get 414 or 431, and a path or query with a control character (NUL, line
 * breaks, C1 controls), a malformed escape or a character that must be escaped gets 400 naming
 * the part, each as problem details. Nothing of such a
 * request reaches a resource, a database or another service.
 *
 * <p>The HTTP server's own limits ({@code quarkus.http.limits.max-initial-line-length},
 * {@code max-header-size}) are set well above these, so that it is this guard, not the server's
 * empty answer, that clients see.
 */
@ApplicationScoped
public class RequestGuard {

    @Inject
    PlatformHttpConfig config;

    @Inject
    VertxProblems problems;

    /** Before Quarkus's security handlers (order -150), whose path matching fails on a malformed path with an empty 400. */
    private static final int ORDER = -200;

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    /**
     * Quarkus answers a request target that {@link URI} cannot parse with an empty 400 before any
     * route runs. This guard makes the same check and says which part is wrong, so the platform's
     * entry point ({@code PlatformMain}) turns the bare one off before Quarkus starts.
     */
    public static void takeOverUriValidation() {
        System.setProperty("vertx.disableURIValidation", "true");
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        int maxTarget = config.maxRequestTarget();
        if (request.uri().length() > maxTarget) {
            problems.send(context, ProblemType.URI_TOO_LONG, "The request target has " + request.uri().length()
                    + " characters; this service accepts at most " + maxTarget + ".", List.of(), true);
            return;
        }
        long headers = headerSize(request);
        long maxHeaders = config.maxHeaderSize().asLongValue();
        if (headers > maxHeaders) {
            problems.send(context, ProblemType.HEADERS_TOO_LARGE, "The request headers have " + headers
                    + " bytes; this service accepts at most " + maxHeaders + ".", List.of(), true);
            return;
        }
        FieldViolation invalid = invalidPart(request.path(), request.query());
        if (invalid != null) {
            problems.send(context, ProblemType.VALIDATION, "The request's " + (invalid.field().equals("path")
                    ? "path" : "query parameter " + invalid.field()) + " " + invalid.message() + ".", List.of(invalid),
                    false);
            return;
        }
        context.next();
    }

    private static long headerSize(HttpServerRequest request) {
        long size = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            size += header.getKey().length() + header.getValue().length() + 4;
        }
        return size;
    }

    /** The first part of the path or query that is malformed or holds a control character, or null. */
    static FieldViolation invalidPart(String path, String query) {
        FieldViolation inPath = check("path", path, false);
        if (inPath != null || query == null || query.isEmpty()) {
            return inPath;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            FieldViolation inName = check("query", rawName, true);
            if (inName != null) {
                return inName;
            }
            if (equals >= 0) {
                FieldViolation inValue = check(PercentDecoding.decode(rawName, true), pair.substring(equals + 1), true);
                if (inValue != null) {
                    return inValue;
                }
            }
        }
        return null;
    }

    /** What {@link URI} finds wrong with the raw part, such as a space or a brace that must be escaped, or null. */
    private static String unescapedCharacter(String raw, boolean inQuery) {
        String prefix = inQuery ? "?" : "";
        try {
            new URI(prefix + raw);
            return null;
        } catch (URISyntaxException e) {
            int at = e.getIndex() - prefix.length();
            return at >= 0 && at < raw.length()
                    ? "must escape the character '%s' (position %d)".formatted(raw.charAt(at), at)
                    : "is not a valid URL: " + e.getReason();
        }
    }

    private static FieldViolation check(String field, String raw, boolean inQuery) {
        String decoded;
        try {
            decoded = PercentDecoding.decode(raw, inQuery);
        } catch (IllegalArgumentException e) {
            return new FieldViolation(field, "is not a valid URL encoding: " + e.getMessage());
        }
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (Character.getType(c) == Character.CONTROL) {
                return new FieldViolation(field, "must not contain control characters (U+%04X at position %d)"
                        .formatted((int) c, i));
            }
        }
        String unescaped = unescapedCharacter(raw, inQuery);
        return unescaped == null ? null : new FieldViolation(field, unescaped);
    }
}
