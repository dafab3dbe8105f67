import Foundation
import Testing

/// The preloaded library that raises a signal in the binary just before a temporary file takes
/// its final name (`Fixtures/signal-before-rename/`): the worst moment for a Ctrl-C, reached
/// exactly, with no test hook in the binary. Built once per test run with the toolchain's clang.
enum SignalBeforeRename {
    struct BuildFailed: Error, CustomStringConvertible {
        var description: String
    }

    static let library: Result<URL, BuildFailed> = {
        let source = KomitmenBinary.packageRoot.appendingPathComponent(
            "Tests/KomitmenEndToEndTests/Fixtures/signal-before-rename/signal-before-rename.c")
        let output = FileManager.default.temporaryDirectory.appendingPathComponent(
            "komitmen-signal-before-rename-\(ProcessInfo.processInfo.processIdentifier).so")
        do {
            let built = try ChildProcess.run(
                URL(fileURLWithPath: "/usr/bin/env"),
                ["clang", "-shared", "-fPIC", "-O1", "-o", output.path, source.path, "-ldl"])
            guard built.status == 0 else { return .failure(BuildFailed(description: "clang: " + built.stderr)) }
            return .success(output)
        } catch {
            return .failure(BuildFailed(description: "clang: \(error)"))
        }
    }()

    /// Runs the binary with the library preloaded and `signal` (INT, TERM or HUP) to raise.
    static func run(_ signal: String, _ arguments: [String], in folder: URL) throws -> KomitmenBinary.Result {
        let library = try library.get()
        return try KomitmenBinary.run(
            arguments, in: folder, environment: ["LD_PRELOAD": library.path, "SIGNAL_BEFORE_RENAME": signal])
    }
}
