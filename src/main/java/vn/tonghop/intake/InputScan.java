package vn.tonghop.intake;

import java.util.List;

/** The files of the input folder: those to read, ordered by name, and those ignored. */
public record InputScan(List<SourceFile> workbooks, List<IgnoredFile> ignored) {

    public InputScan {
        workbooks = List.copyOf(workbooks);
        ignored = List.copyOf(ignored);
    }

    public int seen() {
        return workbooks.size() + ignored.size();
    }
}
