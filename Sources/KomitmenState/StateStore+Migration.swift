import Foundation
import GRDB

extension StateStore {
    /// DESIGN: a state made by an earlier schema is migrated at start after a copy is kept beside
    /// it. The copy (`state.sqlite.before-<next migration's version>`, e.g. `before-v2`) is made
    /// with `VACUUM INTO`, so it is consistent even with a server or the CLI writing; it is made
    /// once (an existing copy is kept, not overwritten), and never for a new, empty state.
    /// Returns the copy's path when one was made.
    @discardableResult
    static func keepCopyBeforeMigrating(_ writer: any DatabaseWriter, location: StateLocation) throws -> String? {
        let migrator = StateSchema.migrator
        let (applied, complete) = try writer.read { db in
            (try migrator.appliedIdentifiers(db), try migrator.hasCompletedMigrations(db))
        }
        guard !applied.isEmpty, !complete else { return nil }
        let next = migrator.migrations.first { !applied.contains($0) } ?? "next"
        let version = next.prefix { $0 != ":" }
        let copy = location.databasePath + ".before-" + version
        guard !FileManager.default.fileExists(atPath: copy) else { return nil }
        try writer.writeWithoutTransaction { db in try db.execute(sql: "VACUUM INTO ?", arguments: [copy]) }
        chmod(copy, 0o600)
        return copy
    }
}
