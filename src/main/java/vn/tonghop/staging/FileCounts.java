package vn.tonghop.staging;

/**
 * Counts of the files of the input folder in a run.
 *
 * @param seen     every file in the folder, ignored ones included
 * @param read     files parsed in this run
 * @param reused   unchanged files (same content, same campaign) whose earlier check was reused, not parsed again
 * @param accepted files whose figures count (the latest accepted per unit)
 * @param rejected files with at least one error
 * @param ignored  lock files, hidden files and other extensions
 */
public record FileCounts(int seen, int read, int reused, int accepted, int rejected, int ignored) {
}
