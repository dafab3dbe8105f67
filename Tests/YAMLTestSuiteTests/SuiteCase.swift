import Foundation
import Testing

/// One case of the official YAML test suite: a folder `ID/` or `ID/NN/` holding `in.yaml`,
/// `test.event` and, for input that must be rejected, an empty `error` file.
struct SuiteCase: Sendable, CustomStringConvertible {
    /// `229Q`, or `2G84/00` for one of several tests from one source file.
    let id: String
    let name: String
    let input: [UInt8]
    let expectedEvents: String
    let mustFail: Bool

    var description: String { "\(id) \(name)" }

    /// The suite's folder: `../shared/yaml-test-suite` beside the package root, or else the
    /// folder named by the environment variable `YAML_TEST_SUITE`; nil when neither exists.
    static let folder: URL? = {
        // This file is <root>/Tests/YAMLTestSuiteTests/SuiteCase.swift: three levels below <root>.
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var candidates = [packageRoot.appendingPathComponent("../shared/yaml-test-suite").standardizedFileURL]
        if let fromEnvironment = ProcessInfo.processInfo.environment["YAML_TEST_SUITE"], !fromEnvironment.isEmpty {
            candidates.append(URL(fileURLWithPath: fromEnvironment))
        }
        return candidates.first { isDirectory($0) }
    }()

    static var isAvailable: Bool { folder != nil }

    /// Every case of the suite, sorted by ID; empty when the suite is absent.
    static let all: [SuiteCase] = {
        guard let folder else { return [] }
        let manager = FileManager.default
        let ids = ((try? manager.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { !$0.hasPrefix(".") && isDirectory(folder.appendingPathComponent($0)) }
            .sorted()
        var cases: [SuiteCase] = []
        for id in ids {
            let top = folder.appendingPathComponent(id)
            if manager.fileExists(atPath: top.appendingPathComponent("in.yaml").path) {
                cases.append(load(top, id: id))
                continue
            }
            let subfolders = ((try? manager.contentsOfDirectory(atPath: top.path)) ?? [])
                .filter { isDirectory(top.appendingPathComponent($0)) }
                .sorted()
            for sub in subfolders where manager.fileExists(atPath: top.appendingPathComponent("\(sub)/in.yaml").path) {
                cases.append(load(top.appendingPathComponent(sub), id: "\(id)/\(sub)"))
            }
        }
        return cases
    }()

    private static func load(_ folder: URL, id: String) -> SuiteCase {
        func read(_ file: String) -> Data? { try? Data(contentsOf: folder.appendingPathComponent(file)) }
        let name = read("===").map { String(decoding: $0, as: UTF8.self) } ?? ""
        return SuiteCase(
            id: id,
            name: name.trimmingCharacters(in: .whitespacesAndNewlines),
            input: Array(read("in.yaml") ?? Data()),
            expectedEvents: read("test.event").map { String(decoding: $0, as: UTF8.self) } ?? "",
            mustFail: FileManager.default.fileExists(atPath: folder.appendingPathComponent("error").path))
    }

    private static func isDirectory(_ url: URL) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &directory) && directory.boolValue
    }
}

extension SuiteCase: CustomTestStringConvertible {
    var testDescription: String { description }
}
