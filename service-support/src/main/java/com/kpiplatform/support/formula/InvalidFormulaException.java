package com.kpiplatform.support.formula;

/** A formula that cannot be used; the message completes the sentence "formula ...". */
public class InvalidFormulaException extends IllegalArgumentException {

    public InvalidFormulaException(String message) {
        super(message);
    }
}
