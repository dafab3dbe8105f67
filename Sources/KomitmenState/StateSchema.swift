import GRDB

/// The state database's migrations, named, from the first release on: a new release adds one and
/// never edits a shipped one (GRDB refuses to open a database migrated by a newer schema).
enum StateSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: accounts, sessions, receipts, audit") { db in
            try db.execute(
                sql: """
                    CREATE TABLE account (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        kind TEXT NOT NULL CHECK (kind IN ('signatory', 'secretariat')),
                        who TEXT NOT NULL,
                        token_hash BLOB NOT NULL UNIQUE CHECK (length(token_hash) = 32),
                        created TEXT NOT NULL,
                        revoked TEXT
                    );
                    CREATE TABLE session (
                        id_hash BLOB PRIMARY KEY,
                        account_id INTEGER NOT NULL REFERENCES account(id),
                        csrf_hash BLOB NOT NULL,
                        created TEXT NOT NULL,
                        expires TEXT NOT NULL
                    );
                    CREATE TABLE receipt (
                        receipt TEXT PRIMARY KEY,
                        signatory TEXT NOT NULL,
                        quarter TEXT NOT NULL,
                        version INTEGER NOT NULL CHECK (version >= 1),
                        sha256 TEXT NOT NULL,
                        received TEXT NOT NULL,
                        filing TEXT NOT NULL CHECK (filing IN ('on-time', 'late')),
                        filed_by TEXT NOT NULL,
                        bytes BLOB NOT NULL,
                        UNIQUE (signatory, quarter, version)
                    );
                    CREATE TABLE audit (
                        seq INTEGER PRIMARY KEY,
                        time TEXT NOT NULL,
                        actor TEXT NOT NULL,
                        action TEXT NOT NULL,
                        subject TEXT NOT NULL,
                        detail TEXT NOT NULL,
                        prev_hash TEXT NOT NULL,
                        hash TEXT NOT NULL
                    );
                    """)
        }
        migrator.registerMigration("v2: receipt audit link, late correction, quota index") { db in
            try db.execute(
                sql: """
                    ALTER TABLE receipt ADD COLUMN late_correction INTEGER NOT NULL DEFAULT 0;
                    ALTER TABLE receipt ADD COLUMN audit_seq INTEGER;
                    ALTER TABLE receipt ADD COLUMN audit_hash TEXT;
                    ALTER TABLE receipt ADD COLUMN audit_head TEXT;
                    CREATE INDEX receipt_by_account_time ON receipt (filed_by, received);
                    """)
            try StateStore.linkOldReceipts(db)
        }
        return migrator
    }
}
