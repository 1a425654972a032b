package vn.tonghop.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/** The Vietnamese texts of a template (instructions, validation messages), read once from the classpath. */
final class TemplateTexts {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final Properties texts = new Properties();

    TemplateTexts() {
        try (InputStream in = TemplateTexts.class.getResourceAsStream("texts_vi.properties")) {
            if (in == null) {
                throw new IllegalStateException("texts_vi.properties is missing from the classpath");
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text(String key, Object... arguments) {
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no template text '" + key + "'");
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, VIETNAMESE).format(arguments);
    }
}
