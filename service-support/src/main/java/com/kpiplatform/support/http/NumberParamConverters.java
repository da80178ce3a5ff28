package com.kpiplatform.support.http;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;

/**
 * Converts numeric parameters, and answers a value that is not a number of the parameter's type
 * with a 400 that names the parameter ({@link InvalidParameterException}), where JAX-RS would
 * answer 404 for path and query parameters.
 */
@Provider
public class NumberParamConverters implements ParamConverterProvider {

    private static final String INTEGER = "must be an integer";
    private static final String NUMBER = "must be a number";

    private record Conversion(Function<String, Object> parse, String expected) {
    }

    private static final Map<Class<?>, Conversion> CONVERSIONS = Map.of(
            int.class, new Conversion(Integer::valueOf, INTEGER),
            Integer.class, new Conversion(Integer::valueOf, INTEGER),
            long.class, new Conversion(Long::valueOf, INTEGER),
            Long.class, new Conversion(Long::valueOf, INTEGER),
            double.class, new Conversion(NumberParamConverters::finiteDouble, NUMBER),
            Double.class, new Conversion(NumberParamConverters::finiteDouble, NUMBER),
            BigDecimal.class, new Conversion(BigDecimal::new, NUMBER));

    @Override
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Conversion conversion = CONVERSIONS.get(rawType);
        if (conversion == null) {
            return null;
        }
        String name = parameterName(annotations);
        return new ParamConverter<>() {
            @Override
            @SuppressWarnings("unchecked")
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return (T) conversion.parse().apply(value.strip());
                } catch (NumberFormatException e) {
                    throw new InvalidParameterException(name, conversion.expected());
                }
            }

            @Override
            public String toString(T value) {
                return String.valueOf(value);
            }
        };
    }

    private static Object finiteDouble(String value) {
        double parsed = Double.parseDouble(value);
        if (!Double.isFinite(parsed)) {
            throw new NumberFormatException("not finite");
        }
        return parsed;
    }

    private static String parameterName(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
            if (annotation instanceof FormParam form) {
                return form.value();
            }
            if (annotation instanceof CookieParam cookie) {
                return cookie.value();
            }
        }
        return "parameter";
    }
}
