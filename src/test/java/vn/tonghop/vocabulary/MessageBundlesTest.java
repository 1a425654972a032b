package vn.tonghop.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every text exists in every language, and every pattern is a valid MessageFormat. */
class MessageBundlesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
        Set<Object> vietnamese = load("messages_vi.properties").keySet();
        Set<Object> english = load("messages_en.properties").keySet();
        assertThat(english).containsExactlyInAnyOrderElementsOf(vietnamese);
    }

    @Test
    void everyCodeHasAMessageAndAnExplanationInEachLanguage() throws IOException {
        for (String bundle : new String[] {"messages_vi.properties", "messages_en.properties"}) {
            Properties texts = load(bundle);
            for (IssueCode code : IssueCode.values()) {
                assertThat(texts).as(bundle).containsKeys("issue." + code.name(), "code." + code.name());
            }
            texts.forEach((key, pattern) -> assertThat(new MessageFormat((String) pattern).format(new Object[7]))
                    .as(bundle + " " + key).doesNotContain("{"));
        }
    }
}
