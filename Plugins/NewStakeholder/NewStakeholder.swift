import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory new-stakeholder NAME` scaffolds a
/// stakeholder plugin: `Plugins/<Kind>/<Kind>Stakeholder.swift` and `<Kind>Examples.swift` from a
/// template whose examples pass as generated, then runs `komitmen-generate`, which lists `"<Kind>"`
/// in Package.swift's `stakeholderKinds` and regenerates `Sources/KomitmenRegistry/Registry.swift`
/// from the folders in `Plugins/`. `new-stakeholder --regenerate` only runs `komitmen-generate`.
/// A command plugin cannot import a library target, so the one generator (KomitmenGenerators,
/// which GeneratedFilesTests checks the files against) is reached through that executable.
@main
struct NewStakeholder: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let generator = try context.tool(named: "komitmen-generate").url
        // A thrown ScaffoldError is printed by SwiftPM as `error: <message>`, with a non-zero exit.
        try Scaffolder(root: context.package.directoryURL, generator: generator).run(arguments)
    }
}

/// A mistake in the command line or the package; the message says what to do.
struct ScaffoldError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
    init(_ message: String) { self.message = message }
}

/// The work of the command, apart from SwiftPM so the paths are plain URLs.
struct Scaffolder {
    let root: URL
    /// The built `komitmen-generate`.
    let generator: URL

    static let usage = """
        usage: swift package --allow-writing-to-package-directory new-stakeholder NAME
               swift package --allow-writing-to-package-directory new-stakeholder --regenerate

          NAME        the new kind, as signatories write it in `stakeholder:` (lowercase letters,
                      digits and dashes, starting with a letter: `health`, `village-gov`)
          --regenerate  rewrite Sources/KomitmenRegistry/Registry.swift and Package.swift's
                      stakeholderKinds from the folders in Plugins/, and nothing else
        """

    func run(_ arguments: [String]) throws {
        let options = arguments.filter { $0.hasPrefix("-") }
        let names = arguments.filter { !$0.hasPrefix("-") }
        if options.contains("--help") || options.contains("-h") {
            print(Self.usage)
            return
        }
        if let unknown = options.first(where: { $0 != "--regenerate" }) {
            throw ScaffoldError("unknown option '\(unknown)'\n\(Self.usage)")
        }
        if options.contains("--regenerate") {
            guard names.isEmpty else { throw ScaffoldError("--regenerate takes no NAME\n\(Self.usage)") }
            print(try generate(), terminator: "")
            return
        }
        guard names.count == 1, let name = names.first else {
            throw ScaffoldError(
                (names.isEmpty ? "give the new kind's NAME" : "give one NAME, not \(names.count)") + "\n\(Self.usage)")
        }
        try create(try KindName(validating: name))
    }

    private var plugins: URL { root.appendingPathComponent("Plugins") }

    /// Writes the new plugin's files, then lists it in Package.swift and regenerates the registry.
    func create(_ name: KindName) throws {
        let folder = plugins.appendingPathComponent(name.kind)
        if FileManager.default.fileExists(atPath: folder.path) {
            throw ScaffoldError("Plugins/\(name.kind)/ already exists: pick another NAME, or edit that plugin")
        }
        let existing = try pluginFolders()
        if let taken = existing.first(where: { $0.lowercased() == name.kind.lowercased() }) {
            throw ScaffoldError("a plugin folder Plugins/\(taken)/ already exists under another spelling")
        }
        if let owner = try kindOwner(name.raw, among: existing) {
            throw ScaffoldError("the kind '\(name.raw)' is already defined by Plugins/\(owner)/")
        }
        // Everything is checked before the first file is written: the generator reads the package
        // (status 1 only means something is stale, which the run below fixes).
        let check = try runGenerator(["--check"])
        guard check.status <= 1 else { throw ScaffoldError(check.errors) }

        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        let files = [
            ("\(name.kind)Stakeholder.swift", PluginTemplate.stakeholder(name)),
            ("\(name.kind)Examples.swift", PluginTemplate.examples(name)),
        ]
        let generated: String
        do {
            for (file, text) in files {
                try Data(text.utf8).write(to: folder.appendingPathComponent(file), options: .atomic)
            }
            generated = try generate()
        } catch {
            // Not half a plugin: without its registration the package would not build.
            try? FileManager.default.removeItem(at: folder)
            throw error
        }
        for (file, _) in files { print("created Plugins/\(name.kind)/\(file)") }
        print(generated, terminator: "")
        print(
            """

            Next steps:
              1. Edit Plugins/\(name.kind)/\(name.kind)Stakeholder.swift: name, description, indicators, section
                 (every TODO), and Plugins/\(name.kind)/\(name.kind)Examples.swift to match (see CONTRIBUTING.md).
              2. Bring every generated file up to date and run the tests (the examples test themselves):
                   scripts/regenerate.sh && swift test
            """)
    }

    /// Package.swift's list and Registry.swift from the folders in `Plugins/`, by `komitmen-generate`;
    /// what it did, to print.
    func generate() throws -> String {
        let result = try runGenerator([])
        guard result.status == 0 else { throw ScaffoldError(result.errors) }
        return result.output
    }

    /// Runs `komitmen-generate ARGUMENTS ROOT`, its output captured.
    private func runGenerator(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = generator
        process.arguments = arguments + [root.path]
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting, so a full pipe cannot block the child.
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        // The generator writes `error: <message>`; SwiftPM adds its own `error: `.
        let message = errors.hasPrefix("error: ") ? String(errors.dropFirst(7)) : errors
        return (
            process.terminationStatus, output,
            message.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
                ? "komitmen-generate failed (exit \(process.terminationStatus))"
                : message.trimmingCharacters(in: .newlines)
        )
    }

    /// `Plugins/<Kind>/` folders holding `<Kind>Stakeholder.swift`: for the checks above only; the
    /// generator applies the same rule (PluginGeneratedFiles.kinds) to what it writes.
    func pluginFolders() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: plugins.path).filter { kind in
            let file = plugins.appendingPathComponent("\(kind)/\(kind)Stakeholder.swift")
            return FileManager.default.fileExists(atPath: file.path)
        }.sorted()
    }

    /// The folder whose plugin already declares `kind: "<raw>"`, if any.
    private func kindOwner(_ raw: String, among folders: [String]) throws -> String? {
        for folder in folders {
            let file = plugins.appendingPathComponent("\(folder)/\(folder)Stakeholder.swift")
            let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
            if text.contains("kind: \"\(raw)\"") { return folder }
        }
        return nil
    }
}

/// A NAME from the command line and the Swift names made from it.
struct KindName {
    /// As written: `village-gov`; the plugin's `kind:`.
    let raw: String
    /// `VillageGov`: the folder, the files and the target `VillageGovStakeholder`.
    let kind: String
    /// `villageGovStakeholder`: the public value the registry lists.
    var value: String { kind.prefix(1).lowercased() + kind.dropFirst() + "Stakeholder" }
    /// `Village gov`: a first name for people to replace.
    var words: String { raw.split(separator: "-").joined(separator: " ").capitalizedFirst }

    init(validating raw: String) throws {
        let letters = raw.unicodeScalars
        let allowed = letters.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        guard allowed, let first = letters.first, ("a"..."z").contains(first),
            !raw.hasSuffix("-"), !raw.contains("--"), raw.count <= 40
        else {
            throw ScaffoldError(
                "'\(raw)' is not a valid NAME: use lowercase letters a-z, digits and single dashes, "
                    + "starting with a letter (at most 40 characters), e.g. health or village-gov")
        }
        self.raw = raw
        self.kind = raw.split(separator: "-").map { String($0).capitalizedFirst }.joined()
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
