import Foundation

/// Failed authentications by address: after `limit` within `window` seconds, an address is
/// refused (`tooManyFailures`) until the oldest of them is older than the window. Bounded: old failures are
/// dropped, and past `maxAddresses` the quietest addresses are forgotten first.
actor FailedAuthentications {
    private var failures: [String: [Date]] = [:]
    private let limit: Int
    private let window: TimeInterval
    private let maxAddresses = 10_000

    init(limit: Int, window: TimeInterval) {
        self.limit = limit
        self.window = window
    }

    /// Seconds to wait when `address` is refused now; nil when it may try.
    func retryAfter(_ address: String, now: Date) -> Int? {
        guard var recent = failures[address] else { return nil }
        recent.removeAll { now.timeIntervalSince($0) >= window }
        failures[address] = recent.isEmpty ? nil : recent
        guard recent.count >= limit, let oldest = recent.first else { return nil }
        return max(1, Int((window - now.timeIntervalSince(oldest)).rounded(.up)))
    }

    func record(_ address: String, now: Date) {
        if failures.count >= maxAddresses && failures[address] == nil {
            failures = failures.filter { $0.value.contains { now.timeIntervalSince($0) < window } }
            if failures.count >= maxAddresses, let quiet = failures.min(by: { $0.value.count < $1.value.count })?.key {
                failures[quiet] = nil
            }
        }
        var recent = failures[address, default: []]
        recent.removeAll { now.timeIntervalSince($0) >= window }
        recent.append(now)
        // Only the last `limit` matter for the rule.
        if recent.count > limit { recent.removeFirst(recent.count - limit) }
        failures[address] = recent
    }
}
