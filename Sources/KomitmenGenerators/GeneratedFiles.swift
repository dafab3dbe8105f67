import Foundation

/// One file the package generates from its own contents: where, what it holds now, what it must hold.
public struct GeneratedFile: Sendable {
    /// Relative to the package root: `Package.swift`.
    public var path: String
    /// Nil when the file does not exist yet.
    public var current: String?
    public var fresh: String

    public var isStale: Bool { current != fresh }
}

/// The files generated from the folders in `Plugins/`: Package.swift (its `stakeholderKinds`
/// list) and Registry.swift. `komitmen-generate` writes the stale ones; GeneratedFilesTests fails
/// while any is stale. (docs/plugins.md is generated from the compiled plugins instead, by
/// `komitmen plugins --format markdown`, with `PluginCatalog.markdown()`.)
public struct PluginGeneratedFiles: Sendable {
    public let root: URL

    public init(root: URL) { self.root = root }

    /// `Plugins/<Kind>/` folders holding `<Kind>Stakeholder.swift`, sorted: the plugins that exist.
    public func kinds() throws -> [String] {
        let plugins = root.appendingPathComponent("Plugins")
        return try FileManager.default.contentsOfDirectory(atPath: plugins.path).filter { kind in
            let file = plugins.appendingPathComponent("\(kind)/\(kind)Stakeholder.swift")
            return FileManager.default.fileExists(atPath: file.path)
        }.sorted()
    }

    /// Every generated file, read and worked out before anything is written.
    public func files() throws -> [GeneratedFile] {
        let kinds = try kinds()
        guard let manifest = try read(ManifestKinds.path) else {
            throw GeneratorError("no Package.swift in \(root.path): give the package's folder")
        }
        return [
            GeneratedFile(
                path: ManifestKinds.path, current: manifest,
                fresh: try ManifestKinds(text: manifest).listing(kinds)),
            GeneratedFile(
                path: RegistrySource.path, current: try read(RegistrySource.path),
                fresh: RegistrySource.text(kinds)),
        ]
    }

    /// Writes `file.fresh`, whole or not at all (a temporary file beside it, then a rename).
    public func write(_ file: GeneratedFile) throws {
        let url = root.appendingPathComponent(file.path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(file.fresh.utf8).write(to: url, options: .atomic)
    }

    private func read(_ path: String) throws -> String? {
        let url = root.appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        return try String(contentsOf: url, encoding: .utf8)
    }
}
