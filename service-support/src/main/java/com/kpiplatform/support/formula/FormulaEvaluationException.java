package com.kpiplatform.support.formula;

/** A formula that has no value for the given inputs; the message says why, e.g. "division by zero". */
public class FormulaEvaluationException extends ArithmeticException {

    public FormulaEvaluationException(String reason) {
        super(reason);
    }
}
