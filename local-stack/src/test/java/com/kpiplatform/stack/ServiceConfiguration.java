package com.kpiplatform.stack;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one service reads from its environment, as its configuration files say: its
 * application.properties and the shared service-support configuration. Used by the compose and the
 * Kubernetes structure tests alike, so both judge an environment variable by the same rule.
 */
record ServiceConfiguration(String service, Properties properties) {

    /** {@code ${NAME}} or {@code ${NAME:default}}; the default may itself be an expression. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:)?");

    static ServiceConfiguration of(String service) {
        Properties properties = new Properties();
        load(properties, ComposeFile.ROOT.resolve(service).resolve("src/main/resources/application.properties"));
        load(properties, ComposeFile.ROOT.resolve("service-support/src/main/resources/META-INF/microprofile-config.properties"));
        return new ServiceConfiguration(service, properties);
    }

    String property(String key) {
        return properties.getProperty(key);
    }

    /**
     * Every {@code ${NAME...}} of the configuration, with whether it has a default there; a default of
     * nothing ({@code ${OIDC_ISSUER:}}) counts as none, as it leaves the property unset.
     */
    Map<String, Boolean> placeholders() {
        Map<String, Boolean> placeholders = new TreeMap<>();
        properties.values().forEach(value -> {
            String text = value.toString();
            Matcher matcher = PLACEHOLDER.matcher(text);
            while (matcher.find()) {
                boolean hasDefault = matcher.group(2) != null && matcher.end() < text.length() && text.charAt(matcher.end()) != '}';
                placeholders.merge(matcher.group(1), hasDefault, Boolean::logicalAnd);
            }
        });
        return placeholders;
    }

    /**
     * Whether the service reads an environment variable: one of its {@code ${NAME}}s; the environment
     * form of a property it configures in any profile ({@code ALERTING_LINKS_PUBLIC_BASE_URL} for
     * {@code %test.alerting.links.public-base-url}); or, for {@code QUARKUS_*}, a property of a group it
     * configures ({@code QUARKUS_OIDC_TOKEN_ISSUER}: it configures {@code quarkus.oidc.token.audience};
     * {@code QUARKUS_DATASOURCE_JDBC_MAX_SIZE}: it configures {@code quarkus.datasource.jdbc.url}).
     */
    boolean reads(String variable) {
        return placeholders().containsKey(variable) || configuresProperty(variable) || configuresAQuarkusGroup(variable);
    }

    private boolean configuresProperty(String variable) {
        return properties.stringPropertyNames().stream().map(ServiceConfiguration::withoutProfile)
                .map(key -> key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT)).anyMatch(variable::equals);
    }

    private boolean configuresAQuarkusGroup(String variable) {
        if (!variable.startsWith("QUARKUS_")) {
            return false;
        }
        // The group is the property without its last segment; a segment may hold dashes, which the
        // environment form turns into underscores too (QUARKUS_DATASOURCE_JDBC_MAX_SIZE: jdbc.max-size).
        return properties.stringPropertyNames().stream().map(ServiceConfiguration::withoutProfile)
                .filter(key -> key.startsWith("quarkus.") && key.indexOf('.') < key.lastIndexOf('.'))
                .map(key -> key.substring(0, key.lastIndexOf('.') + 1).replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT))
                .anyMatch(variable::startsWith);
    }

    private static String withoutProfile(String key) {
        return key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key;
    }

    private static void load(Properties properties, Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }
}
