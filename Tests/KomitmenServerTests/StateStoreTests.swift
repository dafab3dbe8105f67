import Foundation
import Testing

@testable import KomitmenState

/// The state folder: where it may be, how it is made, and the database's migrations and settings.
@Suite struct StateStoreTests {
    static let migrations = [
        "v1: accounts, sessions, receipts, audit", "v2: receipt audit link, late correction, quota index",
    ]

    @Test func freshFolderIsMadePrivateMigratedAndDurable() throws {
        let scratch = try ScratchState()
        defer { scratch.delete() }
        let store = try scratch.open()
        #expect(try store.appliedMigrations() == Self.migrations)
        var status = stat()
        #expect(stat(scratch.state, &status) == 0)
        #expect(status.st_mode & 0o777 == 0o700)
        #expect(stat(store.location?.databasePath ?? "", &status) == 0)
        #expect(status.st_mode & 0o077 == 0)
        let pragmas = try store.pragmas()
        #expect(pragmas.journal == "wal")
        #expect(pragmas.synchronous == 2)  // FULL
    }

    @Test func reopeningKeepsEverythingAndMigratesNothingTwice() throws {
        let scratch = try ScratchState()
        defer { scratch.delete() }
        let added = try scratch.open().addSecretariatAccount("sekretariat", actor: "test")
        let reopened = try scratch.open()
        #expect(try reopened.appliedMigrations() == Self.migrations)
        #expect(try reopened.accounts() == [added.account])
        #expect(try reopened.authenticate(added.token) == added.account)
        #expect(try reopened.auditEntries().count == 1)
    }

    @Test(arguments: ["repo/.komitmen", "repo", "repo/reports/../state", "link-into-repo/state"])
    func stateInsideRootIsRefused(_ relative: String) throws {
        let scratch = try ScratchState()
        defer { scratch.delete() }
        // A link outside ROOT pointing into it: the real path decides, not the spelling.
        try FileManager.default.createSymbolicLink(
            atPath: scratch.folder.appendingPathComponent("link-into-repo").path,
            withDestinationPath: scratch.root)
        let folder = scratch.folder.appendingPathComponent(relative).path
        #expect(throws: StateFailure.insideRoot(state: folder, root: scratch.root)) {
            try StateStore(folder: folder, outside: scratch.root)
        }
        #expect(!FileManager.default.fileExists(atPath: scratch.root + "/.komitmen"))
        #expect(
            StateFailure.insideRoot(state: "r/s", root: "r").message.id.contains(
                "folder status r/s berada di dalam repositori r"))
    }

    @Test func aSiblingWhoseNameStartsLikeRootIsNotInside() throws {
        let scratch = try ScratchState()
        defer { scratch.delete() }
        let store = try StateStore(folder: scratch.root + "-state", outside: scratch.root)
        #expect(store.location?.folder == scratch.root + "-state")
    }

    @Test func readersNeverMakeAnEmptyState() throws {
        let scratch = try ScratchState()
        defer { scratch.delete() }
        #expect(throws: StateFailure.missing(scratch.state)) {
            try StateStore(folder: scratch.state, outside: nil, create: false)
        }
        #expect(!FileManager.default.fileExists(atPath: scratch.state))
    }
}
