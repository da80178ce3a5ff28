package com.kpiplatform.support.formula;

import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.parser.ParseException;
import com.kpiplatform.support.kpi.KpiKeys;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calculated KPI's formula: arithmetic over other KPIs' period actuals, with KPI keys in square
 * brackets because keys may hold {@code .} and {@code -}, e.g.
 * {@code ([sales.revenue] - [marketing.spend]) / [marketing.spend]}. Parsed and checked with EvalEx.
 */
public final class Formula {

    public static final int MAX_LENGTH = 1000;

    private static final Pattern REFERENCE = Pattern.compile("\\[([^\\[\\]]*)]");
    private static final Pattern KEY = Pattern.compile(KpiKeys.PATTERN);
    private static final String PLACEHOLDER_PREFIX = "kpi_ref_";
    /** 34 significant digits, like a decimal128: exact for money, without 68-digit fractions. */
    private static final ExpressionConfiguration CONFIGURATION = ExpressionConfiguration.builder()
            .mathContext(MathContext.DECIMAL128).build();

    private final String text;
    private final String expression;
    private final Map<String, String> placeholders;

    private Formula(String text, String expression, Map<String, String> placeholders) {
        this.text = text;
        this.expression = expression;
        this.placeholders = Map.copyOf(placeholders);
        this.dependencies = List.copyOf(placeholders.keySet());
    }

    private final List<String> dependencies;

    /** Parses and checks a formula, or throws an exception whose message says what is wrong. */
    public static Formula parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidFormulaException("must not be blank");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidFormulaException("must be at most " + MAX_LENGTH + " characters");
        }
        Map<String, String> placeholders = new LinkedHashMap<>();
        String expression = replaceReferences(text, placeholders);
        if (expression.indexOf('[') >= 0 || expression.indexOf(']') >= 0) {
            throw new InvalidFormulaException("has an unbalanced '[' or ']'; KPI keys are written as [sales.revenue]");
        }
        if (placeholders.isEmpty()) {
            throw new InvalidFormulaException("must reference at least one KPI, written as [kpi.key]");
        }
        check(expression, placeholders.values());
        return new Formula(text, expression, placeholders);
    }

    public String text() {
        return text;
    }

    /** The referenced KPI keys, each once, in order of first appearance. */
    public List<String> dependencies() {
        return dependencies;
    }

    /**
     * The formula's value for the given values of its dependencies.
     *
     * @throws FormulaEvaluationException when a dependency has no value or the arithmetic fails
     *     (e.g. division by zero); its message says why, for clients
     */
    public BigDecimal evaluate(Map<String, BigDecimal> values) {
        Expression parsed = new Expression(expression, CONFIGURATION);
        for (String dependency : dependencies) {
            BigDecimal value = values.get(dependency);
            if (value == null) {
                throw new FormulaEvaluationException("no value for " + dependency);
            }
            parsed.with(placeholders.get(dependency), value);
        }
        try {
            return parsed.evaluate().getNumberValue();
        } catch (EvaluationException e) {
            throw new FormulaEvaluationException(e.getMessage().toLowerCase(Locale.ROOT));
        } catch (ParseException e) {
            throw new IllegalStateException("A parsed formula must evaluate: " + text, e);
        }
    }

    private static String replaceReferences(String text, Map<String, String> placeholders) {
        Matcher matcher = REFERENCE.matcher(text);
        StringBuilder expression = new StringBuilder();
        while (matcher.find()) {
            String key = matcher.group(1).trim();
            if (!KEY.matcher(key).matches()) {
                throw new InvalidFormulaException("[" + matcher.group(1) + "] is not a KPI key (lower-case letters, digits, "
                        + "'.', '_' and '-', 2 to 64 characters)");
            }
            String placeholder = placeholders.computeIfAbsent(key, k -> PLACEHOLDER_PREFIX + placeholders.size());
            matcher.appendReplacement(expression, " " + placeholder + " ");
        }
        matcher.appendTail(expression);
        return expression.toString();
    }

    private static void check(String expression, Collection<String> placeholders) {
        try {
            Expression parsed = new Expression(expression, CONFIGURATION);
            parsed.validate();
            Set<String> used = parsed.getUsedVariables();
            for (String name : used) {
                if (!placeholders.contains(name)) {
                    throw new InvalidFormulaException("uses '" + name + "', which is neither a function nor a KPI reference; "
                            + "write KPI keys in square brackets, e.g. [" + name.toLowerCase() + "]");
                }
            }
        } catch (ParseException e) {
            throw new InvalidFormulaException("is not a valid expression: " + e.getMessage()
                    .replaceAll(PLACEHOLDER_PREFIX + "\\d+", "[kpi]"));
        }
    }
}
