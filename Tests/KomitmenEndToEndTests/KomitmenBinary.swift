import Foundation
import Testing

/// The built `komitmen` executable, run as a user runs it.
enum KomitmenBinary {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Next to the test bundle (SwiftPM builds it there, as this target depends on it). No
    /// fallback to another build folder: a stale binary there would test old code.
    static let url = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
        "komitmen")

    typealias Result = ChildProcess.Result

    /// Runs the binary in `directory` with `arguments`; `environment` adds to the current one. A
    /// run longer than `ChildProcess.timeout` is killed and fails the test.
    static func run(
        _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Result {
        try ChildProcess.run(
            url, arguments, in: directory, environment: environment.mapValues { $0 }, sourceLocation: sourceLocation)
    }
}

/// A copy of a fixture repository in a fresh temporary folder, as `<tmp>/repo`, to break on purpose.
struct TemporaryRepository {
    let folder: URL
    var root: URL { folder.appendingPathComponent("repo") }

    init(fixture: String = "valid-repo") throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("komitmen-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let source = KomitmenBinary.packageRoot.appendingPathComponent(
            "Tests/KomitmenEndToEndTests/Fixtures/\(fixture)")
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
