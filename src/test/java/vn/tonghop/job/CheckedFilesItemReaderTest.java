package vn.tonghop.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import vn.tonghop.consolidation.CheckedFile;
import vn.tonghop.intake.SourceFile;
import vn.tonghop.submission.CheckResult;

class CheckedFilesItemReaderTest {

    private ThreadPoolTaskExecutor threads;

    @BeforeEach
    void startThreads() {
        threads = CheckThreads.pool(2, 8);
        threads.initialize();
    }

    @AfterEach
    void stopThreads() {
        threads.shutdown();
    }

    @Test
    void handsOverEveryFileOnceInThePendingOrderWhateverOrderTheChecksEndIn() throws Exception {
        List<SourceFile> files = files(25);
        // later files finish first: the reader must still hand them over in the pending order
        Function<SourceFile, CheckedFile> check = file -> {
            sleepMillis(25 - Integer.parseInt(file.name().replaceAll("\\D", "")));
            return checked(file);
        };
        CheckedFilesItemReader reader = new CheckedFilesItemReader(files, check, threads, 8);

        List<String> read = readAll(reader);

        assertThat(read).containsExactlyElementsOf(files.stream().map(SourceFile::name).toList());
    }

    @Test
    void checksOnTheCheckThreadsNeverMoreThanTheAllowedNumberAhead() throws Exception {
        Set<String> threadNames = ConcurrentHashMap.newKeySet();
        AtomicInteger started = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        Function<SourceFile, CheckedFile> check = file -> {
            started.incrementAndGet();
            threadNames.add(Thread.currentThread().getName());
            await(release);
            return checked(file);
        };
        CheckedFilesItemReader reader = new CheckedFilesItemReader(files(30), check, threads, 5);
        Thread step = new Thread(() -> readAllUnchecked(reader));
        step.start();

        waitUntil(() -> started.get() == 2);
        // both threads are busy and three more checks are queued: nothing else is started
        assertThat(threads.getThreadPoolExecutor().getQueue()).hasSize(3);
        assertThat(started.get()).isEqualTo(2);

        release.countDown();
        step.join(TimeUnit.SECONDS.toMillis(30));
        assertThat(started.get()).isEqualTo(30);
        assertThat(threadNames).hasSize(2).allMatch(name -> name.startsWith("check-"));
    }

    @Test
    void aCheckThatRunsOutOfMemoryFailsTheStepWithThatError() {
        Function<SourceFile, CheckedFile> check = file -> {
            if (file.name().equals("f3.xlsx")) {
                throw new OutOfMemoryError("Java heap space");
            }
            return checked(file);
        };
        CheckedFilesItemReader reader = new CheckedFilesItemReader(files(6), check, threads, 4);

        assertThatThrownBy(() -> readAll(reader)).isInstanceOf(OutOfMemoryError.class)
                .hasMessage("Java heap space");
    }

    @Test
    void closingAbandonsTheChecksNotYetHandedOver() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        AtomicInteger interrupted = new AtomicInteger();
        Set<String> checked = ConcurrentHashMap.newKeySet();
        Function<SourceFile, CheckedFile> check = file -> {
            checked.add(file.name());
            if (!file.name().equals("f0.xlsx")) {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    interrupted.incrementAndGet();
                }
            }
            return checked(file);
        };
        CheckedFilesItemReader reader = new CheckedFilesItemReader(files(10), check, threads, 4);
        assertThat(reader.read().file().name()).isEqualTo("f0.xlsx");
        waitUntil(() -> checked.size() == 3);

        // as Spring Batch does when the step ends, on the step's thread
        reader.close();

        threads.shutdown();
        assertThat(threads.getThreadPoolExecutor().awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(interrupted.get()).as("the two checks running were interrupted").isEqualTo(2);
        assertThat(checked).as("the queued check never started, nor any later file")
                .containsExactlyInAnyOrder("f0.xlsx", "f1.xlsx", "f2.xlsx");
    }

    @Test
    void anEmptyPendingListReadsNothing() throws Exception {
        CheckedFilesItemReader reader = new CheckedFilesItemReader(List.of(), CheckedFilesItemReaderTest::checked,
                threads, 4);

        assertThat(reader.read()).isNull();
    }

    private static List<SourceFile> files(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> new SourceFile(Path.of("input", "f" + i + ".xlsx"), "f" + i + ".xlsx", 1, Instant.EPOCH, "h" + i))
                .toList();
    }

    private static CheckedFile checked(SourceFile file) {
        return new CheckedFile(file, new CheckResult(null, null, null, List.of()));
    }

    private static List<String> readAll(CheckedFilesItemReader reader) throws Exception {
        List<String> names = new ArrayList<>();
        CheckedFile checked;
        while ((checked = reader.read()) != null) {
            names.add(checked.file().name());
        }
        return names;
    }

    private static void readAllUnchecked(CheckedFilesItemReader reader) {
        try {
            readAll(reader);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 30 s for the checks").isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
