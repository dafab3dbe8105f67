import Foundation

/// A program run the one way komitmen runs programs (a sendmail for `remind`, git for `serve
/// --git`): found on a search path as a shell would find it, started with its words as arguments
/// and never through a shell, given its standard input from another thread (a program that reads
/// slowly, or not at all, cannot hold the caller), its output kept in a temporary file (a chatty
/// program cannot block on a full pipe), and stopped after a time-out.
///
/// The caller must ignore SIGPIPE when it gives input: a program that exits without reading it
/// would otherwise end komitmen when the input is written.
public struct ChildProcess: Sendable {
    public var executable: String
    public var arguments: [String]
    /// Added to (or replacing in) komitmen's own environment.
    public var environment: [String: String] = [:]
    public var timeout: Double = 30

    public init(executable: String, arguments: [String]) {
        self.executable = executable
        self.arguments = arguments
    }

    public enum Outcome: Sendable, Equatable {
        /// It ran and exited with `status`; `output` is the end of what it wrote.
        case exited(status: Int32, output: String)
        /// A signal ended it.
        case signalled(signal: Int32, output: String)
        /// It was still running after the time-out and was killed.
        case timedOut
        /// It could not be started (or no temporary file could be made for its output).
        case notStarted(reason: String)
    }

    /// `name` itself when it holds a `/`, else the first executable `folder/name` of `searchPath`
    /// (`PATH`'s form). Only absolute folders are searched: an empty or relative entry would run
    /// whatever program of that name the current folder holds.
    public static func find(_ name: String, searchPath: String) -> String? {
        let candidates =
            name.contains("/")
            ? [name]
            : searchPath.split(separator: ":").filter { $0.hasPrefix("/") }.map {
                (String($0) as NSString).appendingPathComponent(name)
            }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs the program to its end, or to the time-out; `input` is its standard input (nothing,
    /// when nil). Keeps the last 4 KiB of its output and error.
    public func run(input: [UInt8]? = nil) -> Outcome {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "komitmen-child-\(UUID().uuidString)")
        guard
            FileManager.default.createFile(atPath: scratch.path, contents: nil, attributes: [.posixPermissions: 0o600]),
            let output = try? FileHandle(forWritingTo: scratch)
        else { return .notStarted(reason: "could not make a temporary file") }
        defer {
            try? output.close()
            try? FileManager.default.removeItem(at: scratch)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, given in given }
        }
        let pipe = input.map { _ in Pipe() }
        process.standardInput = pipe ?? FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = output
        let ended = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in ended.signal() }
        do {
            try process.run()
        } catch {
            return .notStarted(reason: error.localizedDescription)
        }
        if let pipe, let input {
            let writer = pipe.fileHandleForWriting
            DispatchQueue.global().async {
                let descriptor = writer.fileDescriptor
                var written = 0
                while written < input.count {
                    let result = input.withUnsafeBytes {
                        Foundation.write(descriptor, $0.baseAddress! + written, $0.count - written)
                    }
                    if result < 0 && errno == EINTR { continue }
                    if result <= 0 { break }
                    written += result
                }
                try? writer.close()
            }
        }
        if ended.wait(timeout: .now() + timeout) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            ended.wait()
            return .timedOut
        }
        let said = Self.tail(scratch)
        return process.terminationReason == .exit
            ? .exited(status: process.terminationStatus, output: said)
            : .signalled(signal: process.terminationStatus, output: said)
    }

    /// The last 4 KiB the program wrote, as text.
    private static func tail(_ url: URL) -> String {
        let data = (try? Data(contentsOf: url)) ?? Data()
        return String(decoding: data.suffix(4096), as: UTF8.self)
    }
}
