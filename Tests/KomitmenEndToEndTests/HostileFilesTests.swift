import Foundation
import Testing

/// What lies in a repository besides its YAML files: links (never followed, their targets never
/// shown), stray, misnamed and unreadable entries (always named), mangled file names (no crash).
@Suite struct HostileFilesTests {
    /// One hostile repository: how to make it, and what `validate` must then say.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var setup: @Sendable (TemporaryRepository) throws -> Void
        /// Lines that must appear, exactly.
        var lines: [String]
        /// Text that must not appear anywhere (what lies behind a link).
        var absent: [String] = []
        var status: Int32 = 1
        var testDescription: String { name }
    }

    static let link = "error: this is a symbolic link; komitmen does not follow links inside the repository"
    static let report = "signatory: polda-ntt\nperiod: 2026-Q1\nsubmitted: 2026-04-02\n"

    static func symlink(_ repository: TemporaryRepository, _ relative: String, to destination: String) throws {
        try FileManager.default.createSymbolicLink(
            atPath: repository.root.appendingPathComponent(relative).path,
            withDestinationPath: destination)
    }

    /// Moves `relative` out of the repository, to `<tmp>/outside`, and links it back in.
    static func replaceWithLink(_ repository: TemporaryRepository, _ relative: String) throws {
        let outside = repository.folder.appendingPathComponent("outside")
        try FileManager.default.moveItem(at: repository.root.appendingPathComponent(relative), to: outside)
        try symlink(repository, relative, to: outside.path)
    }

    static func touch(_ repository: TemporaryRepository, _ relative: String) throws {
        try repository.write(relative, "")
    }

    static func mkdir(_ repository: TemporaryRepository, _ relative: String) throws {
        try FileManager.default.createDirectory(
            at: repository.root.appendingPathComponent(relative), withIntermediateDirectories: true)
    }

    static let cases: [Case] = [
        Case(
            name: "a report linking to a secrets file",
            setup: { repository in
                let secret = repository.folder.appendingPathComponent("secret.env")
                try Data("API_TOKEN=hunter2\n".utf8).write(to: secret)
                try symlink(repository, "reports/2025-Q4/env.yaml", to: secret.path)
            }, lines: ["repo/reports/2025-Q4/env.yaml:1:1: " + link], absent: ["hunter2"]),
        Case(
            name: "a report linking to /proc/self/environ",
            setup: { repository in
                try symlink(repository, "reports/2025-Q4/env.yaml", to: "/proc/self/environ")
            }, lines: ["repo/reports/2025-Q4/env.yaml:1:1: " + link], absent: ["PATH="]),
        Case(
            name: "a report replaced by a link to a good copy",
            setup: { try replaceWithLink($0, "reports/2025-Q4/polda-ntt.yaml") },
            lines: ["repo/reports/2025-Q4/polda-ntt.yaml:1:1: " + link]),
        Case(
            name: "a quarter folder that is a link", setup: { try replaceWithLink($0, "reports/2025-Q4") },
            lines: ["repo/reports/2025-Q4:1:1: " + link]),
        Case(
            name: "reports/ as a link", setup: { try replaceWithLink($0, "reports") },
            lines: ["repo/reports:1:1: " + link]),
        Case(
            name: "signatories/ as a link", setup: { try replaceWithLink($0, "signatories") },
            lines: ["repo/signatories:1:1: " + link]),
        Case(
            name: "declaration.yaml as a link", setup: { try replaceWithLink($0, "declaration.yaml") },
            lines: ["repo/declaration.yaml:1:1: " + link]),
        Case(
            name: "a dangling link", setup: { try symlink($0, "signatories/ghost.yaml", to: "/no/such/file") },
            lines: ["repo/signatories/ghost.yaml:1:1: " + link]),
        Case(
            name: "a report named .Yaml", setup: { try $0.write("reports/2026-Q1/polda-ntt.Yaml", report) },
            lines: ["repo/reports/2026-Q1/polda-ntt.Yaml:1:1: error: this file is not read: name it polda-ntt.yaml"]),
        Case(
            name: "a signatory named .YML", setup: { try touch($0, "signatories/kp2mi.YML") },
            lines: ["repo/signatories/kp2mi.YML:1:1: error: this file is not read: name it kp2mi.yaml"]),
        Case(
            name: "an editor's backup file", setup: { try touch($0, "reports/2025-Q4/polda-ntt.yaml~") },
            lines: [
                "repo/reports/2025-Q4/polda-ntt.yaml~:1:1: warning: this file is not read",
                "hint: only files named ID.yaml are read in a quarter folder",
            ], status: 0),
        Case(
            name: "a name ending in a space", setup: { try $0.write("reports/2026-Q1/polda-ntt.yaml ", report) },
            lines: [
                "repo/reports/2026-Q1/polda-ntt.yaml :1:1: error: this file is not read: its name begins or ends with a space",
                "hint: rename it polda-ntt.yaml",
            ]),
        Case(
            name: "a .yaml.txt file", setup: { try touch($0, "signatories/polda-ntt.yaml.txt") },
            lines: [
                "repo/signatories/polda-ntt.yaml.txt:1:1: warning: this file is not read",
                "hint: only files named ID.yaml are read in signatories/",
            ], status: 0),
        Case(
            name: "a report directly in reports/", setup: { try $0.write("reports/polda-ntt.yaml", report) },
            lines: [
                "repo/reports/polda-ntt.yaml:1:1: error: this report is not read: reports go in their quarter's folder"
            ]),
        Case(
            name: "a README in reports/", setup: { try touch($0, "reports/README.md") },
            lines: [
                "repo/reports/README.md:1:1: warning: this file is not read",
                "hint: reports/ holds quarter folders, YYYY-Qn",
            ], status: 0),
        Case(
            name: "a sub-folder of a quarter folder",
            setup: { try $0.write("reports/2025-Q4/old/polda-ntt.yaml", report) },
            lines: [
                "repo/reports/2025-Q4/old:1:1: warning: this folder is not read: komitmen does not look into folders here"
            ], status: 0),
        Case(
            name: "a sub-folder of signatories/", setup: { try mkdir($0, "signatories/archive") },
            lines: [
                "repo/signatories/archive:1:1: warning: this folder is not read: komitmen does not look into folders here"
            ], status: 0),
        Case(
            name: "a file named like a quarter folder", setup: { try touch($0, "reports/2026-Q1") },
            lines: ["repo/reports/2026-Q1:1:1: error: this is a file, not a quarter folder"]),
        Case(
            name: "Reports/ instead of reports/",
            setup: { repository in
                try FileManager.default.moveItem(
                    at: repository.root.appendingPathComponent("reports"),
                    to: repository.root.appendingPathComponent("Reports"))
            },
            lines: ["repo/Reports:1:1: error: this is not read: komitmen reads 'reports'", "hint: rename it reports"]),
        Case(
            name: "REPORTS/ beside reports/", setup: { try $0.write("REPORTS/2026-Q1/polda-ntt.yaml", report) },
            lines: [
                "repo/REPORTS:1:1: warning: this is not read: komitmen reads 'reports'",
                "hint: move what it holds into reports",
            ], status: 0),
        Case(
            name: "Signatories/ instead of signatories/",
            setup: { repository in
                try FileManager.default.moveItem(
                    at: repository.root.appendingPathComponent("signatories"),
                    to: repository.root.appendingPathComponent("Signatories"))
            }, lines: ["repo/Signatories:1:1: error: this is not read: komitmen reads 'signatories'"]),
        Case(
            name: "declaration.yml instead of declaration.yaml",
            setup: { repository in
                try FileManager.default.moveItem(
                    at: repository.root.appendingPathComponent("declaration.yaml"),
                    to: repository.root.appendingPathComponent("declaration.yml"))
            },
            lines: [
                "repo/declaration.yml:1:1: error: this is not read: komitmen reads 'declaration.yaml'",
                "repo/declaration.yaml:1:1: error: missing file: the declaration",
            ]),
        Case(
            name: "a folder named like a report", setup: { try mkdir($0, "reports/2026-Q1/polda-ntt.yaml") },
            lines: ["repo/reports/2026-Q1/polda-ntt.yaml:1:1: error: this is a folder, not a file"]),
        Case(
            name: "declaration.yaml as a folder",
            setup: { repository in
                try repository.remove("declaration.yaml")
                try mkdir(repository, "declaration.yaml")
            }, lines: ["repo/declaration.yaml:1:1: error: this is a folder, not a file"]),
        Case(
            name: "signatories as a file",
            setup: { repository in
                try repository.remove("signatories")
                try touch(repository, "signatories")
            }, lines: ["repo/signatories:1:1: error: this is a file, not a folder"]),
        Case(
            name: "a FIFO named like a report",
            setup: { repository in
                try mkdir(repository, "reports/2026-Q1")
                #expect(
                    mkfifo(repository.root.appendingPathComponent("reports/2026-Q1/polda-ntt.yaml").path, 0o644) == 0)
            }, lines: ["repo/reports/2026-Q1/polda-ntt.yaml:1:1: error: this is not a regular file (a pipe or device)"]),
        Case(
            name: "a file name that is not UTF-8",
            setup: { repository in
                let path =
                    Array(repository.root.appendingPathComponent("reports/2025-Q4/caf").path.utf8) + [0xE9]
                    + Array(".yaml".utf8) + [0]
                let descriptor = path.withUnsafeBufferPointer {
                    $0.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT, 0o644) }
                }
                #expect(descriptor >= 0)
                close(descriptor)
            }, lines: ["repo/reports/2025-Q4/caf\\xE9.yaml:1:1: error: this file name is not valid UTF-8; rename it"]),
        Case(
            name: "hidden files are ignored",
            setup: { repository in
                try touch(repository, "reports/.DS_Store")
                try touch(repository, "reports/2025-Q4/.polda-ntt.yaml.swp")
                try touch(repository, "signatories/.gitkeep")
                try mkdir(repository, ".git")
            }, lines: ["0 errors, 0 warnings in 8 files"], status: 0),
    ]

    @Test(arguments: cases)
    func validateNamesIt(_ hostile: Case) throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        try hostile.setup(repository)
        let result = try repository.validate()
        let output = result.stdout + result.stderr
        #expect(result.status == hostile.status, "\(output)")
        for line in hostile.lines {
            #expect(result.lines.contains(line), "missing: \(line)\ngot:\n\(output)")
        }
        for text in hostile.absent {
            #expect(!output.contains(text), "shown: \(text)\ngot:\n\(output)")
        }
    }

    @Test func aLinkIsShownWithoutASourceLineAndInIndonesian() throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        try Self.symlink(repository, "reports/2025-Q4/env.yaml", to: "/etc/passwd")
        let result = try repository.validate(["--lang", "id"])
        #expect(
            result.stdout == """
                repo/reports/2025-Q4/env.yaml:1:1: error: ini tautan simbolik; komitmen tidak mengikuti tautan di dalam repositori
                saran: letakkan berkas atau foldernya sendiri di sini, bukan tautannya
                1 kesalahan, 0 peringatan dalam 8 berkas

                """)
    }

    @Test func aSummaryRefusesARepositoryWhoseReportsAreMisnamed() throws {
        let repository = try TemporaryRepository(fixture: "summary-repo")
        defer { repository.delete() }
        try FileManager.default.moveItem(
            at: repository.root.appendingPathComponent("reports"), to: repository.root.appendingPathComponent("Reports")
        )
        let result = try repository.run(["summary", "repo", "--as-of", "2026-02-01"])
        #expect(result.status == 1)
        #expect(
            result.lines.contains("repo/Reports:1:1: error: this is not read: komitmen reads 'reports'"),
            "\(result.stderr)")
    }

    /// File names with ESC, a newline or a bidirectional override: an error each, no crash; the
    /// exact names are checked in JSON, where the terminal's escaping plays no part.
    @Test(arguments: ["e\u{1B}[31m.yaml", "two\nlines.yaml", "evil\u{202E}lmay.yaml", "tab\there.yaml"])
    func controlCharactersInFileNames(_ name: String) throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        try repository.write("signatories/" + name, "id: x\n")
        let result = try repository.validate(["--format", "json"])
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?["file"] as? String == "repo/signatories/" + name)
        #expect(diagnostics.first?["line"] as? Int == 1)
        #expect(diagnostics.first?["column"] as? Int == 1)
        #expect(diagnostics.first?["message"] as? String == "this file name holds a control character; rename it")
    }

    @Test func unreadableFolderAndFile() throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        try Self.mkdir(repository, "reports/2026-Q1")
        try repository.write("reports/2026-Q1/polda-ntt.yaml", Self.report)
        #expect(chmod(repository.root.appendingPathComponent("reports/2026-Q1").path, 0) == 0)
        #expect(chmod(repository.root.appendingPathComponent("reports/2025-Q4/polda-ntt.yaml").path, 0) == 0)
        defer { chmod(repository.root.appendingPathComponent("reports/2026-Q1").path, 0o755) }
        // Root reads everything whatever the modes: the run drops to an unprivileged user.
        let result = try #require(try Unprivileged.run(["validate", "repo"], in: repository.folder))
        #expect(result.status == 1)
        #expect(
            result.lines.contains("repo/reports/2026-Q1:1:1: error: cannot list this folder: Permission denied"),
            "\(result.stdout)")
        #expect(
            result.lines.contains(
                "repo/reports/2025-Q4/polda-ntt.yaml:1:1: error: cannot read the file: Permission denied"),
            "\(result.stdout)")
    }
}

/// Runs the binary as a user the file modes apply to: as is when not root, else as `nobody`
/// through `setpriv` (root bypasses permission bits); nil where neither is possible.
enum Unprivileged {
    static func run(
        _ arguments: [String], in directory: URL,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> KomitmenBinary.Result? {
        guard getuid() == 0 else {
            return try KomitmenBinary.run(arguments, in: directory, sourceLocation: sourceLocation)
        }
        let setpriv = URL(fileURLWithPath: "/usr/bin/setpriv")
        guard FileManager.default.isExecutableFile(atPath: setpriv.path) else { return nil }
        return try ChildProcess.run(
            setpriv, ["--reuid=65534", "--regid=65534", "--clear-groups", KomitmenBinary.url.path] + arguments,
            in: directory, sourceLocation: sourceLocation)
    }
}
