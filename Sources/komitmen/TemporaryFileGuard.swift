import Foundation

/// The temporary file being written, as a C string the signal handler can use: a handler may
/// only call async-signal-safe functions (unlink, signal, raise), so nothing is allocated there.
nonisolated(unsafe) private var pendingTemporary: UnsafeMutablePointer<CChar>?

/// While armed, SIGINT, SIGTERM and SIGHUP first remove the temporary file, then end the process
/// as the signal would have (the default action, re-raised): Ctrl-C leaves no `.tmp` behind.
/// (`@unchecked Sendable`: made, armed and disarmed by the one write that uses it.)
struct TemporaryFileGuard: @unchecked Sendable {
    typealias Handler = @convention(c) (Int32) -> Void
    private static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    private let previous: [(Int32, Handler?)]
    private let path: UnsafeMutablePointer<CChar>?

    init(_ temporary: String) {
        path = strdup(temporary)
        pendingTemporary = path
        var previous: [(Int32, Handler?)] = []
        for number in Self.signals {
            let old = signal(number, removeTemporaryAndReraise)
            // A signal the caller chose to ignore (nohup) stays ignored.
            if Self.isIgnore(old) { signal(number, old) }
            previous.append((number, old))
        }
        self.previous = previous
    }

    /// Restores the handlers there were before, and forgets the file.
    func disarm() {
        for (number, old) in previous { signal(number, old) }
        pendingTemporary = nil
        free(path)
    }

    private static func isIgnore(_ handler: Handler?) -> Bool {
        let ignoring: Handler? = SIG_IGN
        guard let handler, let ignore = ignoring else { return false }
        return unsafeBitCast(handler, to: Int.self) == unsafeBitCast(ignore, to: Int.self)
    }
}

private func removeTemporaryAndReraise(_ number: Int32) {
    if let path = pendingTemporary { unlink(path) }
    signal(number, SIG_DFL)
    raise(number)
}
