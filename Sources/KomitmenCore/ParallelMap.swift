import Dispatch

extension Array where Element: Sendable {
    /// `map` on every core, results in the original order.
    ///
    /// Each result is written straight into its place in the new array: no lock (every index is
    /// written once, by one thread) and no copy of the results afterwards (at 68,000 reports the
    /// copy and its release ran on one thread after the parallel part). Work is handed out in
    /// chunks of a few elements so the hand-out itself costs little next to the work.
    func parallelMap<T: Sendable>(_ transform: @escaping @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let count = self.count
        let items = self
        let chunkSize = Swift.max(1, Swift.min(16, count / 64))
        let chunks = (count + chunkSize - 1) / chunkSize
        return [T](unsafeUninitializedCapacity: count) { buffer, initializedCount in
            let slots = Slots(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let start = chunk * chunkSize
                for index in start..<Swift.min(start + chunkSize, count) {
                    (slots.base + index).initialize(to: transform(items[index]))
                }
            }
            initializedCount = count
        }
    }
}

/// The result array's storage, shared with the worker threads: each writes only its own slots.
private struct Slots<T>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T>
}
