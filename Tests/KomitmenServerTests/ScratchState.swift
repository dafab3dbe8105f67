import Foundation

@testable import KomitmenState

/// A fresh temporary folder holding `repo/` (a stand-in ROOT) and `state/`, removed by `delete()`.
struct ScratchState {
    let folder: URL
    var root: String { folder.appendingPathComponent("repo").path }
    var state: String { folder.appendingPathComponent("state").path }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("komitmen-state-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            atPath: folder.appendingPathComponent("repo").path, withIntermediateDirectories: true)
    }

    func open() throws -> StateStore { try StateStore(folder: state, outside: root) }

    /// Writes `ROOT/relative` as the server will (after recording).
    func write(_ relative: String, _ bytes: [UInt8]) throws {
        let url = URL(fileURLWithPath: root).appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    /// Every byte of the database and its WAL, as the disk holds them.
    func databaseBytes() throws -> [UInt8] {
        let names = try FileManager.default.contentsOfDirectory(atPath: state)
        return try names.flatMap { Array(try Data(contentsOf: URL(fileURLWithPath: state).appendingPathComponent($0))) }
    }

    /// Runs raw SQL on the database, as an intruder with file access would.
    func tamper(_ store: StateStore, _ sql: String) throws {
        try store.writer.writeWithoutTransaction { db in try db.execute(sql: sql) }
    }

    func delete() { try? FileManager.default.removeItem(at: folder) }
}
