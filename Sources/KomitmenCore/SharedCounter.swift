import Foundation

/// Hands out 1, 2, 3, … to any thread, never the same number twice in a process (the loader's
/// progress, the workspace's revision stamps, the server's I/O lanes).
public final class SharedCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value: UInt64 = 0

    public init() {}

    public func next() -> UInt64 {
        lock.withLock {
            value &+= 1
            return value
        }
    }
}
