import Foundation
import Testing

/// Every command of the CLI names itself (`CommandConfiguration(commandName: ...)`). A command
/// without a name gets one derived by ArgumentParser from `String(describing:)` of its type, at
/// every start of every command (the parser builds the whole command tree first): four such
/// subcommands cost 6 of the 23 million instructions of `komitmen --version` (docs/benchmarks.md,
/// "Start-up").
@Suite struct CommandNamesTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/komitmen")

    /// (file name, the text right after each `CommandConfiguration(`) for every configuration.
    static func configurations() throws -> [(file: String, arguments: Substring)] {
        let files = try FileManager.default.contentsOfDirectory(atPath: sources.path).filter { $0.hasSuffix(".swift") }
        var found: [(file: String, arguments: Substring)] = []
        for file in files.sorted() {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            var rest = text[...]
            while let call = rest.range(of: "CommandConfiguration(") {
                rest = rest[call.upperBound...]
                found.append((file, rest.drop(while: { $0 == " " || $0 == "\n" })))
            }
        }
        return found
    }

    @Test func everyCommandConfigurationStartsWithItsName() throws {
        let configurations = try Self.configurations()
        // The root, its eleven subcommands and the nested ones (accounts add/list/revoke, audit verify).
        #expect(configurations.count >= 16)
        for (file, arguments) in configurations {
            // `commandName` is the initialiser's first parameter: a named command starts with it.
            #expect(arguments.hasPrefix("commandName: \""), "\(file): \(arguments.prefix(60))")
        }
    }
}
