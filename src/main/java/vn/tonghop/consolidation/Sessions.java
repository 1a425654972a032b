package vn.tonghop.consolidation;

import java.util.Locale;
import vn.tonghop.submission.SessionRow;

/** How sessions are told apart: by code across units (a cluster's joint session counts once), else per unit. */
final class Sessions {

    private Sessions() {
    }

    static String key(String code) {
        return "code:" + code.trim().toUpperCase(Locale.ROOT);
    }

    static String key(String unitCode, SessionRow row) {
        return row.code() == null ? "own:" + unitCode + "#" + row.rowNumber() : key(row.code());
    }
}
