import Foundation
import Testing

/// What komitmen writes (`summary --output`, `new-report`): never through a link, never over a
/// device, a pipe or a file of the repository it read; a replaced file keeps its mode; a signal
/// mid-write leaves no temporary file.
@Suite struct OutputWriteTests {
    static let asOf = ["--as-of", "2026-02-01"]

    /// One target `--output` must refuse: how to make it, and the reason given.
    struct Refused: CustomTestStringConvertible, Sendable {
        var name: String
        var output: String
        var setup: @Sendable (TemporaryRepository) throws -> Void
        var reason: String
        var testDescription: String { name }
    }

    static let refused: [Refused] = [
        Refused(
            name: "a symbolic link", output: "out.txt",
            setup: { repository in
                try Data("keep me\n".utf8).write(to: repository.folder.appendingPathComponent("elsewhere.txt"))
                try FileManager.default.createSymbolicLink(
                    atPath: repository.folder.appendingPathComponent("out.txt").path,
                    withDestinationPath: "elsewhere.txt")
            }, reason: "it is a symbolic link; komitmen does not write through links"),
        Refused(
            name: "a FIFO", output: "pipe",
            setup: { repository in
                #expect(mkfifo(repository.folder.appendingPathComponent("pipe").path, 0o644) == 0)
            }, reason: "it is not a regular file (a device, pipe or folder)"),
        Refused(
            name: "a folder", output: "repo", setup: { _ in },
            reason: "it is not a regular file (a device, pipe or folder)"),
        Refused(
            name: "the repository's declaration", output: "repo/declaration.yaml", setup: { _ in },
            reason: "it is a file of the repository being read"),
        Refused(
            name: "a hard link to a report", output: "copy.yaml",
            setup: { repository in
                try FileManager.default.linkItem(
                    at: repository.root.appendingPathComponent("reports/2025-Q4/polda-ntt.yaml"),
                    to: repository.folder.appendingPathComponent("copy.yaml"))
            }, reason: "it is a file of the repository being read"),
        Refused(
            name: "a new file in a quarter folder", output: "repo/reports/2025-Q4/summary.csv", setup: { _ in },
            reason: "it is inside the repository's reports/ folder"),
        Refused(
            name: "a new file in signatories/", output: "repo/signatories/summary.csv", setup: { _ in },
            reason: "it is inside the repository's signatories/ folder"),
        Refused(
            name: "a declaration.yml beside the declaration", output: "repo/declaration.yml", setup: { _ in },
            reason: "it is the repository's declaration file"),
    ]

    /// Everything under the temporary folder, links not followed: name, kind and content.
    static func snapshot(_ folder: URL) -> [String: String] {
        var files: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let path = enumerator?.nextObject() as? String {
            let full = folder.appendingPathComponent(path).path
            var status = stat()
            guard lstat(full, &status) == 0 else { continue }
            switch status.st_mode & S_IFMT {
            case S_IFREG:
                files[path] =
                    (FileManager.default.contents(atPath: full).map { String(decoding: $0, as: UTF8.self) } ?? "?")
                    + " mode \(status.st_mode & 0o7777)"
            case S_IFLNK:
                files[path] = "link to " + ((try? FileManager.default.destinationOfSymbolicLink(atPath: full)) ?? "?")
            default: files[path] = "kind \(status.st_mode & S_IFMT)"
            }
        }
        return files
    }

    @Test(arguments: refused)
    func outputIsRefused(_ target: Refused) throws {
        let repository = try TemporaryRepository(fixture: "summary-repo")
        defer { repository.delete() }
        try target.setup(repository)
        let before = Self.snapshot(repository.folder)
        let result = try repository.run(["summary", "repo", "--format", "csv", "--output", target.output] + Self.asOf)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr
                == "komitmen: could not write \(target.output): \(target.reason); the file was left as it was\n")
        #expect(Self.snapshot(repository.folder) == before, "nothing written, created or replaced")
    }

    @Test func aDeviceIsRefused() throws {
        let repository = try TemporaryRepository(fixture: "summary-repo")
        defer { repository.delete() }
        // A copy of /dev/null's node (needs root; Linux numbering 1,3): replacing it would have replaced the device.
        let device = repository.folder.appendingPathComponent("null").path
        guard mknod(device, S_IFCHR | 0o666, dev_t((1 << 8) | 3)) == 0 else { return }
        let result = try repository.run(["summary", "repo", "--output", "null", "--lang", "id"] + Self.asOf)
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "komitmen: tidak dapat menulis null: itu bukan berkas biasa (perangkat, pipa atau folder); berkas tidak diubah\n"
        )
        var status = stat()
        #expect(lstat(device, &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
    }

    @Test func aReplacedFileKeepsItsModeAndANewOneFollowsTheUmask() throws {
        let repository = try TemporaryRepository(fixture: "summary-repo")
        defer { repository.delete() }
        let kept = repository.folder.appendingPathComponent("kept.txt").path
        #expect(
            FileManager.default.createFile(
                atPath: kept, contents: Data("old\n".utf8), attributes: [.posixPermissions: 0o600]))
        #expect(chmod(kept, 0o640) == 0)
        #expect(try repository.run(["summary", "repo", "--output", "kept.txt"] + Self.asOf).status == 0)
        #expect(try FileManager.default.attributesOfItem(atPath: kept)[.posixPermissions] as? Int == 0o640)
        #expect(try String(contentsOfFile: kept, encoding: .utf8) != "old\n")

        #expect(try repository.run(["summary", "repo", "--output", "new.txt"] + Self.asOf).status == 0)
        let mask = umask(0o022)
        umask(mask)
        let mode =
            try FileManager.default.attributesOfItem(atPath: repository.folder.appendingPathComponent("new.txt").path)[
                .posixPermissions] as? Int
        #expect(mode == 0o644 & ~Int(mask))
    }

    @Test func dashIsStandardOutput() throws {
        let repository = try TemporaryRepository(fixture: "summary-repo")
        defer { repository.delete() }
        let dash = try repository.run(["summary", "repo", "--format", "json", "--output", "-"] + Self.asOf)
        let plain = try repository.run(["summary", "repo", "--format", "json"] + Self.asOf)
        #expect(dash.status == 0)
        #expect(!dash.stdout.isEmpty && dash.stdout == plain.stdout)
        #expect(!FileManager.default.fileExists(atPath: repository.folder.appendingPathComponent("-").path))
    }

    @Test(arguments: [("INT", SIGINT), ("TERM", SIGTERM), ("HUP", SIGHUP)])
    func aSignalMidWriteLeavesNoTemporaryFile(_ name: String, _ number: Int32) throws {
        let repository = try TemporaryRepository(fixture: "summary-repo")
        defer { repository.delete() }
        try Data("last quarter\n".utf8).write(to: repository.folder.appendingPathComponent("summary.txt"))
        let before = Self.snapshot(repository.folder)
        let summary = try SignalBeforeRename.run(
            name, ["summary", "repo", "--output", "summary.txt"] + Self.asOf, in: repository.folder)
        #expect(summary.signalled)
        #expect(summary.status == number)
        #expect(Self.snapshot(repository.folder) == before)

        let report = try SignalBeforeRename.run(
            name, ["new-report", "polda-ntt", "repo", "--quarter", "2026-Q1"], in: repository.folder)
        #expect(report.signalled)
        let quarter = repository.root.appendingPathComponent("reports/2026-Q1").path
        #expect(try FileManager.default.contentsOfDirectory(atPath: quarter) == [], "no report, no temporary file")
    }

    @Test func newReportNeverWritesThroughALink() throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        let outside = repository.folder.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: repository.root.appendingPathComponent("reports/2026-Q1").path, withDestinationPath: outside.path)
        let quarter = try repository.run(["new-report", "polda-ntt", "repo", "--quarter", "2026-Q1"])
        #expect(quarter.status == 1)
        #expect(
            quarter.stderr
                == "error: repo/reports/2026-Q1 is a symbolic link; komitmen does not write through links inside the repository\n"
        )
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path) == [])

        try FileManager.default.createSymbolicLink(
            atPath: repository.root.appendingPathComponent("reports/2025-Q4/pemkab-belu.yaml").path,
            withDestinationPath: outside.appendingPathComponent("x.yaml").path)
        let file = try repository.run(["new-report", "pemkab-belu", "repo", "--quarter", "2025-Q4"])
        #expect(file.status == 1)
        #expect(
            file.stderr
                == "error: could not write repo/reports/2025-Q4/pemkab-belu.yaml: it is a symbolic link; komitmen does not write through links\n"
        )
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path) == [])

        try FileManager.default.moveItem(
            at: repository.root.appendingPathComponent("reports"),
            to: repository.folder.appendingPathComponent("reports"))
        try FileManager.default.createSymbolicLink(
            atPath: repository.root.appendingPathComponent("reports").path, withDestinationPath: "../reports")
        let reports = try repository.run(["new-report", "polda-ntt", "repo", "--quarter", "2026-Q2"])
        #expect(reports.status == 1)
        #expect(
            reports.stderr.hasSuffix(
                "error: repo/reports is a symbolic link; komitmen does not write through links inside the repository\n"),
            "\(reports.stderr)")
    }

    @Test func newReportSaysWhyInPlainWords() throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        try repository.write("reports/2026-Q1", "")
        let file = try repository.run(["new-report", "polda-ntt", "repo", "--quarter", "2026-Q1", "--lang", "id"])
        #expect(file.status == 1)
        #expect(
            file.stderr.hasSuffix(
                "error: repo/reports/2026-Q1 adalah berkas, bukan folder; pindahkan agar laporan dapat ditulis di sana\n"
            ), "\(file.stderr)")
        #expect(!file.stderr.contains("NSCocoaErrorDomain"))

        // As a user the modes apply to (root bypasses them): a folder that cannot be written.
        let quarter = repository.root.appendingPathComponent("reports/2026-Q2")
        try FileManager.default.createDirectory(at: quarter, withIntermediateDirectories: true)
        #expect(chmod(quarter.path, 0o555) == 0)
        #expect(chmod(repository.root.appendingPathComponent("reports").path, 0o555) == 0)
        defer { chmod(repository.root.appendingPathComponent("reports").path, 0o755) }
        guard
            let denied = try Unprivileged.run(
                ["new-report", "polda-ntt", "repo", "--quarter", "2026-Q2"], in: repository.folder),
            let folder = try Unprivileged.run(
                ["new-report", "polda-ntt", "repo", "--quarter", "2026-Q3"], in: repository.folder)
        else { return }
        #expect(denied.status == 1)
        #expect(
            denied.stderr.hasSuffix("error: could not write repo/reports/2026-Q2/polda-ntt.yaml: Permission denied\n"),
            "\(denied.stderr)")
        #expect(folder.status == 1)
        #expect(
            folder.stderr.hasSuffix("error: could not make the folder repo/reports/2026-Q3: Permission denied\n"),
            "\(folder.stderr)")
    }
}
