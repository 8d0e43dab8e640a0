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
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                used.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                live.accumulateAndGet(pools.stream().mapToLong(p -> p.getCollectionUsage() == null ? 0
                        : p.getCollectionUsage().getUsed()).sum(), Math::max);
                try {
                    Thread.sleep(5);
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
        return new HeapDuring(used.get() >> 20, live.get() >> 20);
    }
}
