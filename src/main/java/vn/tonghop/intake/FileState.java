package vn.tonghop.intake;

import java.time.Instant;

/** What a listing of the input folder shows of one file: enough to tell it changed, without reading it. */
public record FileState(long size, Instant lastModified) {
}
