import Foundation
import GRDB
import KomitmenCore

/// Group commit of filings. Filings that arrive while a transaction is being made durable wait,
/// then go together in the next one: one fsync for many, where one each bounded the server at
/// the disk's fsync rate. Each caller is answered only after the transaction holding its filing
/// committed (`synchronous = FULL`), so DESIGN's rule that an answered receipt is on disk holds.
/// Commits run on their own thread, never on the tasks that serve requests.
final class FilingQueue: @unchecked Sendable {
    typealias Waiter = CheckedContinuation<Receipt, any Error>

    /// At most this many filings, or about this many bytes, in one transaction.
    static let maxBatchCount = 128
    static let maxBatchBytes = 8 << 20

    private let lock = NSLock()
    private var pending: [(FilingRequest, Waiter)] = []
    private var draining = false
    private let queue = DispatchQueue(label: "komitmen.state.filings")

    /// Queues `request`; `commit` stores a batch in one transaction (called on the queue's thread).
    func submit(
        _ request: FilingRequest,
        commit: @escaping @Sendable ([FilingRequest]) -> [Result<Receipt, any Error>]
    ) async throws -> Receipt {
        try await withCheckedThrowingContinuation { (waiter: Waiter) in
            lock.lock()
            pending.append((request, waiter))
            let start = !draining
            draining = true
            lock.unlock()
            if start { queue.async { self.drain(commit) } }
        }
    }

    private func drain(_ commit: @Sendable ([FilingRequest]) -> [Result<Receipt, any Error>]) {
        while true {
            lock.lock()
            var count = 0
            var bytes = 0
            while count < pending.count, count < Self.maxBatchCount, count == 0 || bytes < Self.maxBatchBytes {
                bytes += pending[count].0.bytes.count
                count += 1
            }
            let batch = Array(pending.prefix(count))
            pending.removeFirst(count)
            if batch.isEmpty { draining = false }
            lock.unlock()
            if batch.isEmpty { return }
            let results = commit(batch.map(\.0))
            for (index, (_, waiter)) in batch.enumerated() {
                waiter.resume(
                    with: index < results.count ? results[index] : .failure(StateFailure.database("no result")))
            }
        }
    }
}

private func withHead(_ receipt: Receipt, _ head: String) -> Receipt {
    var moved = receipt
    moved.audit?.head = head
    return moved
}

extension StateStore {
    /// `recordFiling` for a server: the same rows, committed together with the other filings
    /// waiting at that moment (each in its own savepoint, so one refused does not refuse the rest),
    /// and answered once that commit returned.
    public func commitFiling(
        signatory: String, quarter: Quarter, bytes: [UInt8], received: Date,
        filing: Receipt.Filing, filedBy: Account, lateCorrection: Bool = false, quota: FilingQuota? = nil,
        day: DateInterval? = nil
    ) async throws -> Receipt {
        let request = try FilingRequest(
            signatory: signatory, quarter: quarter, bytes: bytes, received: received, filing: filing,
            filedBy: filedBy, lateCorrection: lateCorrection, quota: quota, day: day)
        return try await filings.submit(request) { batch in self.commit(batch) }
    }

    private func commit(_ batch: [FilingRequest]) -> [Result<Receipt, any Error>] {
        do {
            return try writer.write { db in
                var results = batch.map { request in
                    var result: Result<Receipt, any Error> = .failure(StateFailure.database("not stored"))
                    do {
                        try db.inSavepoint {
                            result = .success(try Self.insertFiling(db, request))
                            return .commit
                        }
                    } catch {
                        result = .failure(error)
                    }
                    return result
                }
                // Every receipt of the batch names the head the transaction leaves.
                let stored = results.compactMap { try? $0.get() }
                if stored.count > 1, let head = try Self.setHead(db, of: stored) {
                    results = results.map { $0.map { receipt in withHead(receipt, head) } }
                }
                return results
            }
        } catch {
            // The transaction did not commit: none of the batch is stored.
            return batch.map { _ in .failure(error) }
        }
    }
}
