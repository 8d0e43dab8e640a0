package app.factdesk;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmarks: the heap while some work runs, the peak sampled every 5 ms and the peak still in use right after a
 * collection (what the work really holds), in MB.
 */
public record HeapDuring(long usedMb, long liveMb) {

    public static HeapDuring of(Runnable work) {
        System.gc();
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        AtomicLong used = new AtomicLong();
        AtomicLong live = new AtomicLong();
        sampling(work, 5, () -> {
            used.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
            live.accumulateAndGet(pools.stream().mapToLong(p -> p.getCollectionUsage() == null ? 0
                    : p.getCollectionUsage().getUsed()).sum(), Math::max);
        });
        return new HeapDuring(used.get() >> 20, live.get() >> 20);
    }

    /**
     * The live heap while some work runs, measured directly: a full collection ({@code System.gc()}, stop-the-world
     * with G1's defaults) every {@code everyMs} and the heap in use right after it. The peak "after a collection" of
     * {@link #of} also counts garbage that G1's young collections left in the old generation, so it can read high;
     * this one only misses what lives shorter than the interval. In MB: before the work, and the largest sample.
     */
    public static Live live(Runnable work, long everyMs) {
        System.gc();
        long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        java.util.List<Long> samples = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        sampling(work, everyMs, () -> {
            System.gc();
            samples.add(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        });
        long[] sorted;
        synchronized (samples) {
            sorted = samples.stream().mapToLong(Long::longValue).sorted().toArray();
        }
        return new Live(before >> 20, sorted.length == 0 ? 0 : sorted[sorted.length - 1] >> 20,
                sorted.length == 0 ? 0 : sorted[sorted.length / 2] >> 20);
    }

    /**
     * The live heap before some work, the largest sampled while it ran, and the median of the samples, in MB. The
     * peak depends on which moments the samples catch (a PDF part's layout lives for about half a second); the
     * median says what the work holds most of the time.
     */
    public record Live(long beforeMb, long peakMb, long medianMb) {
    }

    /** Runs the work on this thread while another takes a sample every {@code everyMs}. */
    private static void sampling(Runnable work, long everyMs, Runnable sample) {
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                sample.run();
                try {
                    Thread.sleep(everyMs);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        try {
            work.run();
        } finally {
            running.set(false);
        }
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
