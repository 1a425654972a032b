package vn.tonghop.vocabulary;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders issues as plain sentences from the {@code messages} bundle. Every pattern receives the same arguments:
 * {0} cell, {1} subject, {2} found, {3} expected, {4} file, {5} unit, {6} sheet. A pattern may have a variant
 * {@code CODE.nocell} used when the issue has no cell, and a variant {@code CODE.found} used when it has a cell and a
 * found value (e.g. a required value that is present but unreadable).
 */
public final class OutputTexts {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final ResourceBundle bundle;
    private final Locale locale;

    public OutputTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("messages", locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static OutputTexts vietnamese() {
        return new OutputTexts(VIETNAMESE);
    }

    public String message(Issue issue) {
        String key = "issue." + issue.code().name();
        if (issue.cell() == null && bundle.containsKey(key + ".nocell")) {
            key = key + ".nocell";
        } else if (issue.found() != null && bundle.containsKey(key + ".found")) {
            key = key + ".found";
        }
        return new MessageFormat(bundle.getString(key), locale).format(new Object[] {
                orDash(issue.cell()), orDash(issue.subject()), orDash(found(issue)), orDash(issue.expected()),
                orDash(issue.file()), orDash(issue.unit()), orDash(issue.sheet())});
    }

    /**
     * The value found as staff should read it: a few codes store a stable reason code (why a file is unreadable)
     * that is put into words here.
     */
    public String found(Issue issue) {
        if (issue.found() != null && bundle.containsKey("found." + issue.code().name() + "." + issue.found())) {
            return bundle.getString("found." + issue.code().name() + "." + issue.found());
        }
        return issue.found();
    }

    /** A one-line explanation of what a code means and what the unit should do. */
    public String explanation(IssueCode code) {
        return text("code." + code.name());
    }

    public String severity(Severity severity) {
        return text("severity." + severity.name());
    }

    /** Any other label of the outputs, by key. */
    public String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No text for '" + key + "' in messages_" + locale.toLanguageTag(), e);
        }
    }

    /** A label of the outputs with its arguments filled in. */
    public String format(String key, Object... arguments) {
        return new MessageFormat(text(key), locale).format(arguments);
    }

    public Locale locale() {
        return locale;
    }

    private static String orDash(String value) {
        return value == null ? "—" : value;
    }
}
