import Foundation
import Testing

/// Every child process the end-to-end tests start goes through here, so none can hang the suite:
/// it is killed after `timeout` and the test records a failure. Output goes to files, not pipes,
/// so a child that writes much to both streams (or a grandchild that keeps a pipe open) cannot
/// block it or the test.
enum ChildProcess {
    /// Long enough for any honest run on a loaded two-core machine; a hang ends here.
    static let timeout: Duration = .seconds(30)

    /// What a test may take that promises to stop "quickly": a tenth of the time-out, generous
    /// for a noisy machine, but a regression to a slow path fails instead of hanging.
    static var quickBound: Duration { timeout / 10 }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        /// Whether the child ended by a signal (then `status` is its number).
        var signalled = false
        /// Whether the child outlived the time-out and was killed (a failure is recorded).
        var timedOut = false
        var elapsed: Duration = .zero

        /// Every line of stdout and stderr.
        var lines: [String] {
            (stdout + stderr).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
    }

    /// Runs `executable` with `arguments` in `directory` (stdin empty); `environment` adds to the
    /// current one and a nil value removes a variable.
    static func run(
        _ executable: URL, _ arguments: [String], in directory: URL? = nil,
        environment: [String: String?] = [:], timeout: Duration = timeout,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Result {
        guard FileManager.default.isExecutableFile(atPath: executable.path) else {
            throw Missing(path: executable.path)
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "komitmen-child-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        defer {
            try? out.close()
            try? err.close()
        }

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        for (name, value) in environment { env[name] = value }
        process.environment = env
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        let ended = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in ended.signal() }

        let clock = ContinuousClock()
        let started = clock.now
        try process.run()
        var timedOut = false
        if ended.wait(timeout: .now() + .nanoseconds(Int(timeout.nanoseconds))) == .timedOut {
            timedOut = true
            // Its children too: Foundation on Linux reports the end only when every process
            // holding its monitoring socket (a grandchild such as `sh -c`'s) has gone.
            for pid in [process.processIdentifier] + descendants(of: process.processIdentifier) { kill(pid, SIGKILL) }
            ended.wait()
            Issue.record(
                "\(executable.lastPathComponent) \(arguments.joined(separator: " ")) did not finish in \(timeout); killed",
                sourceLocation: sourceLocation)
        }
        let elapsed = clock.now - started
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self),
            stderr: String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self),
            signalled: process.terminationReason == .uncaughtSignal, timedOut: timedOut, elapsed: elapsed)
    }

    /// Every process below `parent`, read from /proc (empty where there is none).
    static func descendants(of parent: Int32) -> [Int32] {
        var children: [Int32: [Int32]] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
            guard let pid = Int32(name), let stat = try? String(contentsOfFile: "/proc/\(name)/stat", encoding: .utf8),
                let close = stat.lastIndex(of: ")")
            else { continue }
            // After "pid (name)": the state, then the parent's pid.
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            if fields.count > 1, let ppid = Int32(fields[1]) { children[ppid, default: []].append(pid) }
        }
        var found: [Int32] = []
        var queue = [parent]
        while let next = queue.popLast() {
            let below = children[next] ?? []
            found += below
            queue += below
        }
        return found
    }

    /// Records a failure when a run that promises to stop quickly took longer than `bound`.
    static func expectQuick(
        _ result: Result, within bound: Duration = quickBound, _ what: String = "the run",
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(
            result.elapsed < bound, "\(what) took \(result.elapsed), more than \(bound)", sourceLocation: sourceLocation
        )
    }

    /// A program a test needs is not there (the binary was not built, or a tool is missing).
    struct Missing: Error, CustomStringConvertible {
        var path: String
        var description: String { "\(path) is not an executable file: build it with `swift build --build-tests`" }
    }
}

extension Duration {
    /// The whole duration in nanoseconds, for Dispatch's time-outs.
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}
