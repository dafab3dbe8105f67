import Foundation
import Testing

@testable import KomitmenState

/// The state folder holds token hashes and every filed version: its owner's alone (0700), whether
/// komitmen makes it or finds it made by hand with `mkdir` (0755); the parents it makes are
/// ordinary folders.
@Suite struct StateFolderModeTests {
    static func mode(_ path: String) -> mode_t {
        var status = stat()
        #expect(stat(path, &status) == 0)
        return status.st_mode & 0o777
    }

    @Test func aNewFolderIs0700AndItsNewParentsAreNot() throws {
        let scratch = try ScratchState()
        defer { scratch.delete() }
        let nested = scratch.folder.appendingPathComponent("var/lib/komitmen").path
        let store = try StateStore(folder: nested, outside: scratch.root)
        #expect(Self.mode(nested) == 0o700)
        #expect(Self.mode(store.location?.databasePath ?? "") & 0o077 == 0)
        let parent = scratch.folder.appendingPathComponent("var/lib").path
        #expect(Self.mode(parent) == 0o777 & ~Self.umaskNow())
    }

    @Test func aFolderMadeByHandIsClosedToOthers() throws {
        let scratch = try ScratchState()
        defer { scratch.delete() }
        try FileManager.default.createDirectory(atPath: scratch.state, withIntermediateDirectories: false)
        chmod(scratch.state, 0o755)
        #expect(Self.mode(scratch.state) == 0o755)
        _ = try scratch.open()
        #expect(Self.mode(scratch.state) == 0o700)
    }

    static func umaskNow() -> mode_t {
        let current = umask(0o022)
        umask(current)
        return current
    }
}
