import Foundation

/// A copy of the end-to-end tests' `valid-repo` fixture in a fresh temporary folder, to change.
struct ScratchRepository {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    let folder: URL
    var root: String { folder.appendingPathComponent("repo").path }

    init(_ name: String = "repo", fixture: String = "valid-repo") throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "komitmen-app-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let source = Self.packageRoot.appendingPathComponent("Tests/KomitmenEndToEndTests/Fixtures/\(fixture)")
        try FileManager.default.copyItem(at: source, to: folder.appendingPathComponent("repo"))
    }

    func write(_ relative: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: root).appendingPathComponent(relative))
    }

    func read(_ relative: String) throws -> String {
        try String(contentsOf: URL(fileURLWithPath: root).appendingPathComponent(relative), encoding: .utf8)
    }

    func remove(_ relative: String) throws {
        try FileManager.default.removeItem(at: URL(fileURLWithPath: root).appendingPathComponent(relative))
    }

    func delete() { try? FileManager.default.removeItem(at: folder) }
}
