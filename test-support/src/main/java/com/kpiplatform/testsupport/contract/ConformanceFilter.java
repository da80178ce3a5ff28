package com.kpiplatform.testsupport.contract;

import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks every request to {@code /api/} and its answer against the service's committed OpenAPI
 * document, and fails the test on the first exchange that does not conform. {@code OPTIONS} is
 * HTTP's own (it lists the allowed methods on every path) and is not checked.
 */
public final class ConformanceFilter implements OrderedFilter {

    private final Conformance conformance;

    public ConformanceFilter(Conformance conformance) {
        this.conformance = conformance;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        URI uri = URI.create(request.getURI());
        if (!uri.getRawPath().startsWith("/api/") || request.getMethod().equals("OPTIONS")) {
            return response;
        }
        Exchange exchange = new Exchange(
                new Exchange.Request(request.getMethod(), uri.getRawPath(), query(uri.getRawQuery()),
                        headers(request.getHeaders().asList()), request.getContentType(), body(request.getBody())),
                new Exchange.Response(response.statusCode(), headers(response.headers().asList()),
                        response.contentType(), response.asString()));
        List<String> violations = conformance.violations(exchange);
        if (!violations.isEmpty()) {
            throw new AssertionError("%s %s does not conform to the committed OpenAPI document:%n  %s%nAnswer: %s"
                    .formatted(request.getMethod(), uri.getRawPath(), String.join("\n  ", violations),
                            shorten(response.asString())));
        }
        return response;
    }

    /** Last of the filters, so it sees the request as sent, credentials included. */
    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE;
    }

    private static Map<String, List<String>> query(String rawQuery) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            query.computeIfAbsent(name, key -> new ArrayList<>()).add(equals < 0 ? "" : decode(pair.substring(equals + 1)));
        }
        return query;
    }

    private static Map<String, String> headers(List<Header> headers) {
        Map<String, String> byName = new LinkedHashMap<>();
        headers.forEach(header -> byName.putIfAbsent(header.getName().toLowerCase(Locale.ROOT), header.getValue()));
        return byName;
    }

    private static String body(Object body) {
        if (body == null) {
            return null;
        }
        return body instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : body.toString();
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String shorten(String text) {
        return text.length() > 600 ? text.substring(0, 600) + "…" : text;
    }
}
