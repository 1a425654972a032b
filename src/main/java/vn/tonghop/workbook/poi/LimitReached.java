package vn.tonghop.workbook.poi;

/**
 * Thrown from deep inside the reading of a part when a {@link vn.tonghop.vocabulary.ReadLimits} limit is crossed;
 * unchecked so that it passes the XML parser unchanged. The reader turns it into a WorkbookTooLargeException.
 */
final class LimitReached extends RuntimeException {

    private final String limitName;
    private final long limit;

    LimitReached(String limitName, long limit) {
        super("beyond the limit " + limitName + " = " + limit, null, false, false);
        this.limitName = limitName;
        this.limit = limit;
    }

    String limitName() {
        return limitName;
    }

    long limit() {
        return limit;
    }

    /** The limit among the causes of a failure, if one was reached. */
    static LimitReached in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof LimitReached reached) {
                return reached;
            }
        }
        return null;
    }
}
