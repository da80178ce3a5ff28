package com.kpiplatform.definition.domain;

/** The business area a KPI belongs to. */
public enum Category {
    SALES, MARKETING, PRODUCT, OPERATIONS, FINANCE, CUSTOMER_SUPPORT, ENGINEERING, PEOPLE, OTHER
}
