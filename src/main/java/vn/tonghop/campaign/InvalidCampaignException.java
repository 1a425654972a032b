package vn.tonghop.campaign;

import java.nio.file.Path;

/** A job definition or unit registry that cannot be used; the run stops before any file is read. */
public class InvalidCampaignException extends RuntimeException {

    private final transient Path file;
    private final String key;

    public InvalidCampaignException(Path file, String key, String problem) {
        super(file + (key == null ? "" : ": '" + key + "'") + ": " + problem);
        this.file = file;
        this.key = key;
    }

    public Path file() {
        return file;
    }

    public String key() {
        return key;
    }
}
