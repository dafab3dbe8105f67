import Foundation
import GRDB

/// The served intake's state: accounts, sessions, every filed version with its receipt, and the
/// audit chain, in one SQLite database (WAL, `synchronous = FULL`: a commit that returned is on
/// disk). Safe to use from many tasks at once; writes are serialised by the writer, so sequence
/// numbers, versions and the chain never race.
public final class StateStore: Sendable {
    /// The state folder; nil for a database given as a writer alone (an in-memory one in tests).
    public let location: StateLocation?
    /// The database: a `DatabasePool` on the state file, or any writer handed in (tests hand in an
    /// in-memory `DatabaseQueue`).
    let writer: any DatabaseWriter
    /// The server's filings, committed in groups (`commitFiling`).
    let filings = FilingQueue()

    /// The state in `writer`, migrated to the current schema. With a `location`, a database an
    /// earlier schema made is copied beside itself first (`keepCopyBeforeMigrating`).
    public init(writer: any DatabaseWriter, location: StateLocation? = nil) throws(StateFailure) {
        self.writer = writer
        self.location = location
        do {
            if let location { try Self.keepCopyBeforeMigrating(writer, location: location) }
            try StateSchema.migrator.migrate(writer)
        } catch let failure as StateFailure {
            throw failure
        } catch {
            throw .database(String(describing: error))
        }
    }

    /// Opens (creating and migrating when needed) the state in `folder`, refused inside `root`.
    public convenience init(folder: String = StateLocation.defaultFolder, outside root: String?, create: Bool = true)
        throws(StateFailure)
    {
        let location = try StateLocation.prepare(folder, outside: root, create: create)
        try self.init(writer: Self.openPool(location, create: create), location: location)
    }

    /// The pool on the state file, made readable by its owner alone and committing durably.
    static func openPool(_ location: StateLocation, create: Bool) throws(StateFailure) -> DatabasePool {
        var configuration = Configuration()
        // Every connection: durable commits, and a wait (not a failure) when the CLI and a running
        // server write at the same moment.
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        configuration.busyMode = .timeout(10)
        do {
            // The file readable by its owner alone, whatever the umask (it holds every version).
            let path = location.databasePath
            if !FileManager.default.fileExists(atPath: path) {
                guard create else { throw StateFailure.missing(location.folder) }
                let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
                if descriptor >= 0 { close(descriptor) }
            }
            let pool = try DatabasePool(path: path, configuration: configuration)
            // GRDB turns WAL on after `prepareDatabase` and sets `synchronous = NORMAL` with it (a
            // commit may be lost on power failure); the pool's one writer, which makes every
            // commit, goes back to FULL here.
            try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
            return pool
        } catch let failure as StateFailure {
            throw failure
        } catch {
            throw .database(String(describing: error))
        }
    }

    /// The names of the migrations applied, in order.
    public func appliedMigrations() throws -> [String] {
        try writer.read { db in try StateSchema.migrator.appliedMigrations(db) }
    }

    /// The journal mode and synchronous level in force (tests check the durability settings).
    func pragmas() throws -> (journal: String, synchronous: Int) {
        try writer.write { db in
            (
                try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "",
                try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1
            )
        }
    }
}
