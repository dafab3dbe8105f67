import Foundation
import KomitmenGenerators

/// `komitmen-generate [--check] [PACKAGE_ROOT]`: brings the files generated from `Plugins/`
/// (Package.swift's `stakeholderKinds`, Sources/KomitmenRegistry/Registry.swift) in step with the
/// folders. The `new-stakeholder` command plugin runs it, since a plugin cannot import a library;
/// GeneratedFilesTests calls the same `PluginGeneratedFiles`.
///
/// Exit status: 0 done (or, with --check, nothing stale); 1 with --check, something is stale;
/// 2 the command line or the package is wrong (the message says what to do).
@main
enum GenerateFiles {
    static let usage = """
        usage: komitmen-generate [--check] [PACKAGE_ROOT]

          PACKAGE_ROOT  the komitmen package's folder (default: the current folder)
          --check       write nothing; exit 1 when a generated file is stale
        """

    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.contains("--help") || arguments.contains("-h") {
            print(usage)
            return
        }
        let check = arguments.contains("--check")
        let paths = arguments.filter { $0 != "--check" }
        if let unknown = paths.first(where: { $0.hasPrefix("-") }) { fail("unknown option '\(unknown)'\n\(usage)") }
        guard paths.count <= 1 else { fail("give one PACKAGE_ROOT, not \(paths.count)\n\(usage)") }
        let root = URL(fileURLWithPath: paths.first ?? FileManager.default.currentDirectoryPath)
        let generator = PluginGeneratedFiles(root: root)
        do {
            let kinds = try generator.kinds()
            // Every file is worked out before the first one is written.
            let files = try generator.files()
            var stale = false
            for file in files {
                guard file.isStale else {
                    print("\(name(file)) is up to date")
                    continue
                }
                stale = true
                if check {
                    print(
                        "\(name(file)) is stale: run "
                            + "`swift package --allow-writing-to-package-directory new-stakeholder --regenerate`")
                } else {
                    try generator.write(file)
                    print(try change(file, kinds: kinds))
                }
            }
            if check && stale { exit(1) }
        } catch {
            fail("\(error)")
        }
    }

    /// How the file is named in messages.
    static func name(_ file: GeneratedFile) -> String {
        file.path == ManifestKinds.path ? "Package.swift's stakeholderKinds" : file.path
    }

    /// What changed in a file just written.
    static func change(_ file: GeneratedFile, kinds: [String]) throws -> String {
        guard file.path == ManifestKinds.path else { return "regenerated \(file.path) (\(kinds.count) plugins)" }
        let listed = try ManifestKinds(text: file.current ?? "").kinds()
        let added = kinds.filter { !listed.contains($0) }
        let removed = listed.filter { !kinds.contains($0) }
        return "rewrote Package.swift's stakeholderKinds: \(kinds.joined(separator: ", "))"
            + (added.isEmpty ? "" : "; added \(added.joined(separator: ", "))")
            + (removed.isEmpty
                ? "" : "; removed \(removed.joined(separator: ", ")) (no Plugins/<Kind>/<Kind>Stakeholder.swift)")
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
        exit(2)
    }
}
