package com.kpiplatform.system;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each system test the one {@link Platform}, started on first use and stopped when all tests
 * have run (the root store closes what it holds).
 */
final class PlatformExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PlatformExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Platform.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Platform.class, type -> {
            try {
                return Platform.start();
            } catch (Exception e) {
                throw new IllegalStateException("The platform did not start: " + e.getMessage(), e);
            }
        }, Platform.class);
    }
}
