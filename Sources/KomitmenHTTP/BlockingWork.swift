import Dispatch

/// Blocking file work (a write with its fsyncs) off the tasks that serve requests: Swift's
/// cooperative pool has one thread per core, and a thread waiting on the disk serves no one
/// meanwhile (on 2 cores, two filings in fsync stopped every other request). Work for one key
/// (one file) stays in order on one lane; different files go on at once.
enum BlockingWork {
    private static let lanes: [DispatchQueue] = (0..<8).map { DispatchQueue(label: "komitmen.io.\($0)") }

    static func run<T: Sendable>(key: String, _ body: @escaping @Sendable () throws -> T) async throws -> T {
        var hash: UInt32 = 2_166_136_261
        for byte in key.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        let lane = lanes[Int(hash % UInt32(lanes.count))]
        return try await withCheckedThrowingContinuation { continuation in
            lane.async { continuation.resume(with: Result { try body() }) }
        }
    }
}
