import Foundation

/// The built `komitmen` executable, run as a user runs it.
enum KomitmenBinary {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Next to the test bundle (SwiftPM builds it there, as this target depends on it).
    static let url: URL = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("komitmen")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        for candidate in [".build/debug/komitmen", ".build/release/komitmen"] {
            let url = packageRoot.appendingPathComponent(candidate)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return beside
    }()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String

        /// Every line of stdout and stderr.
        var lines: [String] { (stdout + stderr).split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
    }

    /// Runs the binary in `directory` with `arguments`; `environment` adds to the current one.
    static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting, so a large output cannot fill the pipe and block the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }
}

/// A copy of a fixture repository in a fresh temporary folder, as `<tmp>/repo`, to break on purpose.
struct TemporaryRepository {
    let folder: URL
    var root: URL { folder.appendingPathComponent("repo") }

    init(fixture: String = "valid-repo") throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("komitmen-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let source = KomitmenBinary.packageRoot.appendingPathComponent("Tests/KomitmenEndToEndTests/Fixtures/\(fixture)")
        try FileManager.default.copyItem(at: source, to: root)
    }

    func write(_ relative: String, _ text: String) throws {
        try write(relative, bytes: Array(text.utf8))
    }

    func write(_ relative: String, bytes: [UInt8]) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    func read(_ relative: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
    }

    func remove(_ relative: String) throws {
        try FileManager.default.removeItem(at: root.appendingPathComponent(relative))
    }

    /// `komitmen validate repo`, run from the folder holding the copy, so paths print as `repo/...`.
    func validate(_ extra: [String] = []) throws -> KomitmenBinary.Result {
        try KomitmenBinary.run(["validate", "repo"] + extra, in: folder)
    }

    func run(_ arguments: [String]) throws -> KomitmenBinary.Result {
        try KomitmenBinary.run(arguments, in: folder)
    }

    func delete() { try? FileManager.default.removeItem(at: folder) }
}
