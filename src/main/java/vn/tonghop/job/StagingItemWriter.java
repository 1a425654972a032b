package vn.tonghop.job;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import vn.tonghop.consolidation.CheckedFile;
import vn.tonghop.staging.StagedRun;

/** Step 2's writing: the checked files of a chunk are staged in the chunk's transaction. */
class StagingItemWriter implements ItemWriter<CheckedFile> {

    private final StagedRun staged;
    private final String runId;
    /** Asked once per step execution, at its first chunk: whether its files may have rows to replace. */
    private Boolean replaceEarlierRows;

    StagingItemWriter(StagedRun staged, String runId) {
        this.staged = staged;
        this.runId = runId;
    }

    @Override
    public void write(Chunk<? extends CheckedFile> chunk) {
        if (replaceEarlierRows == null) {
            replaceEarlierRows = staged.pendingFilesHaveRows(runId);
        }
        staged.saveChecked(runId, chunk.getItems(), replaceEarlierRows);
    }
}
