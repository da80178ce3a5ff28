package com.kpiplatform.measurement;

import com.kpiplatform.testsupport.architecture.LayeringContract;

class ArchitectureTest extends LayeringContract {

    @Override
    protected String rootPackage() {
        return "com.kpiplatform.measurement";
    }
}
