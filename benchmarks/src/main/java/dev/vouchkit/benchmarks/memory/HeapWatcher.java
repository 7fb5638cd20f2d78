package dev.vouchkit.benchmarks.memory;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Heap use of this JVM from {@link #start()} on: the peak of every heap pool (reset at
 * start), and the most heap still in use right after any collection, from GC
 * notifications, which is what the job kept reachable.
 */
final class HeapWatcher implements AutoCloseable {

	private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans()
		.stream()
		.filter((pool) -> pool.getType() == MemoryType.HEAP)
		.toList();

	private final AtomicLong maxUsedAfterGc = new AtomicLong();

	private final AtomicLong collections = new AtomicLong();

	private final NotificationListener listener = this::onGc;

	private HeapWatcher() {
	}

	static HeapWatcher start() {
		HeapWatcher watcher = new HeapWatcher();
		watcher.heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			((NotificationEmitter) collector).addNotificationListener(watcher.listener, null, null);
		}
		return watcher;
	}

	/** Sum of the pools' peaks: at least the true peak of the whole heap, as pools peak at different times. */
	long peakHeapUsed() {
		return this.heapPools.stream().mapToLong((pool) -> pool.getPeakUsage().getUsed()).sum();
	}

	long maxHeapUsedAfterGc() {
		return this.maxUsedAfterGc.get();
	}

	long collections() {
		return this.collections.get();
	}

	private void onGc(Notification notification, Object handback) {
		if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
			return;
		}
		GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
			.from((CompositeData) notification.getUserData());
		long used = 0;
		for (MemoryPoolMXBean pool : this.heapPools) {
			MemoryUsage after = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
			used += (after != null) ? after.getUsed() : 0;
		}
		this.collections.incrementAndGet();
		this.maxUsedAfterGc.accumulateAndGet(used, Math::max);
	}

	@Override
	public void close() {
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			try {
				((NotificationEmitter) collector).removeNotificationListener(this.listener);
			}
			catch (javax.management.ListenerNotFoundException ex) {
				// Never added to this one.
			}
		}
	}

}
