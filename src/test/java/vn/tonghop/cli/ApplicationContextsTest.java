package vn.tonghop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import vn.tonghop.TonghopApplication;

class ApplicationContextsTest {

    @Test
    void aClassFromAJarIsPackaged() {
        assertThat(ApplicationContexts.packaged(SpringApplication.class)).isTrue();
    }

    @Test
    void theCompiledClassesFolderIsNotPackaged() {
        // tests run from target/classes, where generated code may be older than the classes
        assertThat(ApplicationContexts.packaged(TonghopApplication.class)).isFalse();
    }
}
