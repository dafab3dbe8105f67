import Foundation
import Testing

/// `komitmen-generate`, the one writer of Package.swift's `stakeholderKinds` and Registry.swift
/// (the `new-stakeholder` plugin runs it), on small packages made here.
@Suite struct GenerateFilesCommandTests {
    static let manifest = """
        let stakeholderKinds = [
            // new-stakeholder: kinds
            "Alpha",
            "Zulu",
        ]

        """

    /// A package folder with these files; returns its root.
    static func package(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("komitmen-generate-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            let folder = url.deletingLastPathComponent()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    /// Alpha and Beta are plugins; Gamma has no GammaStakeholder.swift, so it is not one.
    static let plugins = [
        "Plugins/Alpha/AlphaStakeholder.swift": "",
        "Plugins/Beta/BetaStakeholder.swift": "",
        "Plugins/Gamma/Notes.swift": "",
    ]

    /// Built beside `komitmen` (this target depends on both).
    static let binary = KomitmenBinary.url.deletingLastPathComponent().appendingPathComponent("komitmen-generate")

    static func run(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws
        -> KomitmenBinary.Result
    {
        try ChildProcess.run(binary, arguments, sourceLocation: sourceLocation)
    }

    static func read(_ root: URL, _ path: String) -> String? {
        try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func writesBothFilesFromTheFoldersThenFindsNothingToDo() throws {
        let root = try Self.package(Self.plugins.merging(["Package.swift": Self.manifest]) { $1 })
        defer { try? FileManager.default.removeItem(at: root) }
        let first = try Self.run([root.path])
        #expect(first.status == 0)
        #expect(
            first.stdout.split(separator: "\n") == [
                "rewrote Package.swift's stakeholderKinds: Alpha, Beta; added Beta; "
                    + "removed Zulu (no Plugins/<Kind>/<Kind>Stakeholder.swift)",
                "regenerated Sources/KomitmenRegistry/Registry.swift (2 plugins)",
            ])
        let listed = Self.manifest.replacingOccurrences(of: "\"Zulu\"", with: "\"Beta\"")
        #expect(Self.read(root, "Package.swift") == listed)
        let registry = try #require(Self.read(root, "Sources/KomitmenRegistry/Registry.swift"))
        #expect(registry.contains("import AlphaStakeholder\nimport BetaStakeholder\n"))
        #expect(registry.contains("    alphaStakeholder,\n    betaStakeholder,\n])"))
        #expect(!registry.contains("Gamma"))

        let again = try Self.run([root.path])
        #expect(again.status == 0)
        #expect(
            again.stdout.split(separator: "\n") == [
                "Package.swift's stakeholderKinds is up to date",
                "Sources/KomitmenRegistry/Registry.swift is up to date",
            ])
        #expect(try Self.run(["--check", root.path]).status == 0)
    }

    @Test func checkReportsStaleFilesAndWritesNothing() throws {
        let root = try Self.package(Self.plugins.merging(["Package.swift": Self.manifest]) { $1 })
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try Self.run(["--check", root.path])
        #expect(result.status == 1)
        #expect(
            result.stdout.contains(
                "Package.swift's stakeholderKinds is stale: run "
                    + "`swift package --allow-writing-to-package-directory new-stakeholder --regenerate`"))
        #expect(result.stdout.contains("Sources/KomitmenRegistry/Registry.swift is stale"))
        #expect(Self.read(root, "Package.swift") == Self.manifest)
        #expect(Self.read(root, "Sources/KomitmenRegistry/Registry.swift") == nil)
    }

    /// A package the generator cannot work on: exit 2, the message, and no file written.
    @Test(arguments: [
        (
            ["Package.swift": "let stakeholderKinds = [\n    \"Alpha\",\n]\n"], [String](),
            "error: Package.swift has no line with the comment `// new-stakeholder: kinds`"
        ),
        (
            ["Package.swift": "let stakeholderKinds = [\n    // new-stakeholder: kinds\n    \"Alpha\"]\n"], [String](),
            "error: Package.swift's stakeholderKinds list has no closing `]` on a line of its own"
        ),
        ([:], [String](), "error: no Package.swift in "),
        (["Package.swift": manifest], ["--force"], "error: unknown option '--force'"),
        (["Package.swift": manifest], ["elsewhere"], "error: give one PACKAGE_ROOT, not 2"),
    ])
    func aBrokenPackageOrCommandLineWritesNothing(
        _ files: [String: String], _ extra: [String],
        _ message: String
    ) throws {
        let root = try Self.package(Self.plugins.merging(files) { $1 })
        defer { try? FileManager.default.removeItem(at: root) }
        let before = Self.read(root, "Package.swift")
        let result = try Self.run(extra + [root.path])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix(message))
        #expect(result.stdout.isEmpty)
        #expect(Self.read(root, "Package.swift") == before)
        #expect(Self.read(root, "Sources/KomitmenRegistry/Registry.swift") == nil)
    }
}
