import Foundation
import Testing

@testable import KomitmenFiles

/// `RootRelativeFile`: a link is never followed at any depth under ROOT — where the quarter's
/// folder belongs, where `reports/` belongs, or at the file itself — for reading, looking and
/// removing; a file where a folder belongs is refused too, and the refusal names the entry.
@Suite struct RootRelativeFileTests {
    /// ROOT with `reports/2026-Q4/dprd-ntt.yaml`, and a folder beside it (outside ROOT) holding a
    /// planted file of the same name.
    struct Scratch {
        let base: String
        var root: String { base + "/root" }
        var outside: String { base + "/outside" }

        init() throws {
            base = NSTemporaryDirectory() + "komitmen-rootrel-\(UUID().uuidString)"
            let files = FileManager.default
            try files.createDirectory(atPath: root + "/reports/2026-Q4", withIntermediateDirectories: true)
            try files.createDirectory(atPath: outside + "/2026-Q4", withIntermediateDirectories: true)
            try Data("real\n".utf8).write(to: URL(fileURLWithPath: root + "/reports/2026-Q4/dprd-ntt.yaml"))
            try Data("planted\n".utf8).write(to: URL(fileURLWithPath: outside + "/2026-Q4/dprd-ntt.yaml"))
            try Data("planted\n".utf8).write(to: URL(fileURLWithPath: outside + "/dprd-ntt.yaml"))
        }

        func link(_ relative: String, to target: String) throws {
            try? FileManager.default.removeItem(atPath: root + "/" + relative)
            #expect(symlink(target, root + "/" + relative) == 0)
        }

        func delete() { try? FileManager.default.removeItem(atPath: base) }
    }

    static let report = "reports/2026-Q4/dprd-ntt.yaml"

    @Test func aPlainFileIsRead() throws {
        let scratch = try Scratch()
        defer { scratch.delete() }
        #expect(RootRelativeFile.read(root: scratch.root, Self.report, limit: 100) == .bytes(Array("real\n".utf8)))
        #expect(RootRelativeFile.entry(root: scratch.root, Self.report) == .regularFile)
        #expect(RootRelativeFile.firstBlockedFolder(root: scratch.root, "reports/2026-Q4") == nil)
    }

    @Test func nothingThereIsMissing() throws {
        let scratch = try Scratch()
        defer { scratch.delete() }
        for relative in ["reports/2026-Q4/polda-ntt.yaml", "reports/2027-Q1/dprd-ntt.yaml", "reviews/2026-Q4/x.yaml"] {
            #expect(RootRelativeFile.read(root: scratch.root, relative, limit: 100) == .missing)
            #expect(RootRelativeFile.entry(root: scratch.root, relative) == .missing)
            #expect(try RootRelativeFile.remove(root: scratch.root, relative) == false)
        }
        #expect(RootRelativeFile.firstBlockedFolder(root: scratch.root, "reports/2027-Q1") == nil)
    }

    @Test func aLinkWhereTheQuarterFolderBelongsIsNotFollowed() throws {
        let scratch = try Scratch()
        defer { scratch.delete() }
        try scratch.link("reports/2026-Q4", to: scratch.outside)
        #expect(RootRelativeFile.read(root: scratch.root, Self.report, limit: 100) == .refused(at: "reports/2026-Q4"))
        #expect(RootRelativeFile.entry(root: scratch.root, Self.report) == .refused(at: "reports/2026-Q4"))
        #expect(RootRelativeFile.firstBlockedFolder(root: scratch.root, "reports/2026-Q4") == "reports/2026-Q4")
        #expect(throws: AtomicFile.WriteFailed.self) { try RootRelativeFile.remove(root: scratch.root, Self.report) }
        #expect(FileManager.default.fileExists(atPath: scratch.outside + "/dprd-ntt.yaml"))
    }

    @Test func aLinkWhereReportsBelongsIsNotFollowed() throws {
        let scratch = try Scratch()
        defer { scratch.delete() }
        try scratch.link("reports", to: scratch.outside)
        #expect(RootRelativeFile.read(root: scratch.root, Self.report, limit: 100) == .refused(at: "reports"))
        #expect(RootRelativeFile.firstBlockedFolder(root: scratch.root, "reports/2026-Q4") == "reports")
        #expect(throws: AtomicFile.WriteFailed.self) { try RootRelativeFile.remove(root: scratch.root, Self.report) }
        #expect(FileManager.default.fileExists(atPath: scratch.outside + "/2026-Q4/dprd-ntt.yaml"))
    }

    @Test func aLinkAtTheFileIsNotFollowedNorRemoved() throws {
        let scratch = try Scratch()
        defer { scratch.delete() }
        try scratch.link(Self.report, to: scratch.outside + "/dprd-ntt.yaml")
        #expect(RootRelativeFile.read(root: scratch.root, Self.report, limit: 100) == .refused(at: Self.report))
        #expect(RootRelativeFile.entry(root: scratch.root, Self.report) == .refused(at: Self.report))
        #expect(throws: AtomicFile.WriteFailed.self) { try RootRelativeFile.remove(root: scratch.root, Self.report) }
        #expect(FileManager.default.fileExists(atPath: scratch.outside + "/dprd-ntt.yaml"))
    }

    @Test func aFileWhereAFolderBelongsAndAFolderWhereTheFileBelongsAreRefused() throws {
        let scratch = try Scratch()
        defer { scratch.delete() }
        try FileManager.default.createDirectory(
            atPath: scratch.root + "/reports/2026-Q4/polda-ntt.yaml", withIntermediateDirectories: false)
        #expect(
            RootRelativeFile.read(root: scratch.root, "reports/2026-Q4/polda-ntt.yaml", limit: 100)
                == .refused(at: "reports/2026-Q4/polda-ntt.yaml"))
        try FileManager.default.removeItem(atPath: scratch.root + "/reports/2026-Q4")
        try Data("x".utf8).write(to: URL(fileURLWithPath: scratch.root + "/reports/2026-Q4"))
        #expect(RootRelativeFile.read(root: scratch.root, Self.report, limit: 100) == .refused(at: "reports/2026-Q4"))
        #expect(RootRelativeFile.firstBlockedFolder(root: scratch.root, "reports/2026-Q4") == "reports/2026-Q4")
    }

    @Test func aFileOverTheLimitIsNotRead() throws {
        let scratch = try Scratch()
        defer { scratch.delete() }
        #expect(RootRelativeFile.read(root: scratch.root, Self.report, limit: 5) == .bytes(Array("real\n".utf8)))
        #expect(RootRelativeFile.read(root: scratch.root, Self.report, limit: 4) == .refused(at: Self.report))
    }

    @Test func dotDotNeverWalksUp() throws {
        let scratch = try Scratch()
        defer { scratch.delete() }
        #expect(RootRelativeFile.read(root: scratch.root, "../outside/dprd-ntt.yaml", limit: 100) == .refused(at: ".."))
        #expect(
            RootRelativeFile.read(root: scratch.root, "reports/../../outside/dprd-ntt.yaml", limit: 100)
                == .refused(at: "reports/.."))
    }

    @Test func aPlainFileIsRemovedDurably() throws {
        let scratch = try Scratch()
        defer { scratch.delete() }
        #expect(try RootRelativeFile.remove(root: scratch.root, Self.report))
        #expect(!FileManager.default.fileExists(atPath: scratch.root + "/" + Self.report))
    }
}
