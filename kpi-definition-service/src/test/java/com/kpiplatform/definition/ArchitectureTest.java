package com.kpiplatform.definition;

import com.kpiplatform.testsupport.architecture.LayeringContract;

class ArchitectureTest extends LayeringContract {

    @Override
    protected String rootPackage() {
        return "com.kpiplatform.definition";
    }
}
