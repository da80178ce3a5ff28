package com.kpiplatform.support;

import com.kpiplatform.support.http.RequestGuard;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** The entry point of every platform service: Quarkus, with the request guard in charge of URI syntax. */
@QuarkusMain
public final class PlatformMain {

    private PlatformMain() {
    }

    public static void main(String... args) {
        RequestGuard.takeOverUriValidation();
        Quarkus.run(args);
    }
}
