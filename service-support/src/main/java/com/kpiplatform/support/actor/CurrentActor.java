package com.kpiplatform.support.actor;

import jakarta.enterprise.context.RequestScoped;

/**
 * Who is making the current request, for audit fields and history. Until authentication lands it
 * is the {@code X-Actor} header (an email or a name); then it becomes the token's subject.
 */
@RequestScoped
public class CurrentActor {

    public static final String HEADER = "X-Actor";
    public static final String ANONYMOUS = "anonymous";

    private String name = ANONYMOUS;

    public String name() {
        return name;
    }

    void set(String name) {
        this.name = name;
    }
}
